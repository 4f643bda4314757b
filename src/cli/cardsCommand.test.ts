import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardsCommand, type PrintedCard } from './cardsCommand';

const interviewPath = join(import.meta.dirname, '..', '..', 'resources', 'interview.txt');

async function run(file: string, json: boolean): Promise<string[]> {
  const lines: string[] = [];
  await cardsCommand(file, json, { out: (text) => lines.push(text) });
  return lines;
}

describe('gloss cards FILE', () => {
  it('--json prints the deck as an array of {type, prompt, answer, source}', async () => {
    const [json] = await run(interviewPath, true);
    const cards = JSON.parse(json!) as PrintedCard[];
    expect(cards.length).toBeGreaterThan(20);
    expect(Object.keys(cards[0]!).sort()).toEqual(['answer', 'prompt', 'source', 'type']);
    expect(cards).toContainEqual(expect.objectContaining({ type: 'qa', prompt: 'What does CSTO stand for?', answer: 'Collective Security Treaty Organization' }));
    expect(cards[0]!.source).toEqual({ exact: expect.stringMatching(/^In his exclusive interview/), start: 0, end: 259 });
  });

  it('prints a readable numbered list without --json', async () => {
    const lines = await run(interviewPath, false);
    expect(lines[0]).toMatch(/^1\. \[cloze\] In his exclusive interview with \[\.\.\.\] \(organisation\).*\n {3}→ Sputnik Belarus$/s);
  });

  it('says so when a text has no facts, and refuses missing and binary files clearly', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gloss-cards-'));
    await writeFile(join(dir, 'numbers.txt'), '1\n2\n3\n');
    await writeFile(join(dir, 'blob.bin'), new Uint8Array([0x47, 0, 0x1f, 0x8b]));
    expect(await run(join(dir, 'numbers.txt'), false)).toEqual(['No flashcards: numbers.txt has no key facts Gloss can find.']);
    expect(await run(join(dir, 'numbers.txt'), true)).toEqual(['[]']);
    await expect(run(join(dir, 'missing.txt'), true)).rejects.toThrow(`There is no file ${join(dir, 'missing.txt')}.`);
    await expect(run(join(dir, 'blob.bin'), true)).rejects.toThrow('blob.bin looks like a binary file');
  });

  it.runIf(process.platform !== 'win32')('refuses a device such as /dev/zero at once rather than hanging', async () => {
    await expect(run('/dev/zero', true)).rejects.toThrow('/dev/zero is not a regular file');
  });
});
