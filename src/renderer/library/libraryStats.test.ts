import { describe, expect, it } from 'vitest';
import { statsInChunks } from './libraryStats';

describe('the library’s counts', () => {
  it('are asked for in chunks of at most 500 ids, and gathered by id', async () => {
    const ids = Array.from({ length: 1201 }, (_, i) => `d${i}`);
    const asked: number[] = [];
    const stats = await statsInChunks(ids, async (chunk) => {
      asked.push(chunk.length);
      return { documents: chunk.filter((id) => id !== 'd7').map((id) => ({ id, highlights: 1, cards: 2, dueCards: 0, newCards: 2 })) };
    });
    expect(asked).toEqual([500, 500, 201]);
    expect(stats.size).toBe(1200);
    expect(stats.get('d1200')?.cards).toBe(2);
    expect(stats.has('d7')).toBe(false);
  });

  it('asks nothing for an empty library', async () => {
    let calls = 0;
    expect((await statsInChunks([], async () => (calls++, { documents: [] }))).size).toBe(0);
    expect(calls).toBe(0);
  });
});
