import { describe, expect, it } from 'vitest';
import { makeLookAlikeCases } from './lookAlikes';
import { seededRandom } from './seededRandom';

const text = 'In 2024 the summit of the Alliance met in Minsk. Delegates from Astana and Dushanbe came. '.repeat(40);

describe('makeLookAlikeCases', () => {
  it('removes the original passage and puts a copy with one changed name or number nearby', () => {
    const cases = makeLookAlikeCases(text, 20, seededRandom(3));
    expect(cases).toHaveLength(20);
    for (const { original, text: edited, lookAlike } of cases) {
      const passage = text.slice(original.start, original.end);
      const copy = edited.slice(lookAlike.start, lookAlike.end);
      expect(copy).not.toBe(passage);
      expect(copy.length).toBeGreaterThan(0);
      expect(edited.length).toBe(text.length - passage.length + copy.length + 1);
    }
  });
});
