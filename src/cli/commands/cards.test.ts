import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_RESOURCES_DIR } from '../../core/testing/freshCore';
import { cliHarness } from '../testing/cliHarness';
import type { PrintedCard } from './cards';

const interviewPath = join(TEST_RESOURCES_DIR, 'interview.txt');

// Each run loads the language model and reads the interview: seconds on a busy machine.
describe('gloss cards FILE', { timeout: 60_000 }, () => {
  it('--json prints the deck as an array of {type, prompt, answer, source, rank}', async () => {
    const cli = await cliHarness();
    const cards = JSON.parse((await cli.run('cards', interviewPath, '--json')).stdout) as PrintedCard[];
    expect(cards.length).toBeGreaterThan(20);
    expect(Object.keys(cards[0]!).sort()).toEqual(['answer', 'prompt', 'rank', 'source', 'type']);
    expect(cards).toContainEqual(expect.objectContaining({ type: 'qa', prompt: 'What does CSTO stand for?', answer: 'Collective Security Treaty Organization' }));
    expect(cards[0]!.source).toEqual({ exact: expect.stringMatching(/^In his exclusive interview/), start: 0, end: 259 });
  });

  it('--all prints every ranked card best first: the deck, then what More cards would add', async () => {
    const cli = await cliHarness();
    const deck = JSON.parse((await cli.run('cards', interviewPath, '--json')).stdout) as PrintedCard[];
    const all = JSON.parse((await cli.run('cards', interviewPath, '--json', '--all')).stdout) as PrintedCard[];
    expect(all.length).toBeGreaterThan(deck.length);
    expect(all.map((card) => card.rank)).toEqual(all.map((_, i) => i));
    // The deck is the best ranks, in the order of the text.
    expect(all.slice(0, deck.length)).toEqual(expect.arrayContaining(deck));
    expect(deck.map((card) => card.source.start)).toEqual([...deck.map((card) => card.source.start)].sort((a, b) => a - b));
    const { stdout } = await cli.run('cards', interviewPath, '--all');
    expect(stdout).toContain(`-- the deck ends here; More cards in the app adds the ${all.length - deck.length} below, in this order --`);
  });

  it('reads a transcript as the app imports it: no card asks for a speaker label or comes from a question', async () => {
    const cli = await cliHarness();
    const transcript = [
      'Q:  Secretary-General, where will the summit be held, and will Armenia and Kazakhstan attend?',
      'MR. TASMAGAMBETOV:  The summit will be held in Minsk on November 23.',
      'Q:  And the exercises in Kyrgyzstan?',
      'MR. TASMAGAMBETOV:  Rubezh-2024 took place in Kyrgyzstan with the Collective Rapid Deployment Forces.',
    ].join('\n\n');
    await writeFile(join(cli.dir, 'briefing.txt'), transcript);
    const cards = JSON.parse((await cli.run('cards', 'briefing.txt', '--json')).stdout) as PrintedCard[];
    expect(cards.map((card) => card.answer)).toContain('Minsk');
    expect(cards.filter((card) => /TASMAGAMBETOV|^Q\b/.test(card.prompt + card.answer))).toEqual([]);
    expect(cards.filter((card) => card.source.exact.includes('?'))).toEqual([]);
  });

  it('prints a readable numbered list without --json, reading FILE from the working folder', async () => {
    const cli = await cliHarness();
    await copyFile(interviewPath, join(cli.dir, 'interview.txt'));
    const { stdout } = await cli.run('cards', 'interview.txt');
    expect(stdout).toMatch(/^1\. \[cloze\] In his exclusive interview with \[\.\.\.\] \(organisation\).*\n {3}→ Sputnik Belarus\n/s);
  });

  it('says so when a text has no facts, and refuses missing and binary files with status 1', async () => {
    const cli = await cliHarness();
    await writeFile(join(cli.dir, 'numbers.txt'), '1\n2\n3\n');
    await writeFile(join(cli.dir, 'blob.bin'), new Uint8Array([0x47, 0, 0x1f, 0x8b]));
    expect((await cli.run('cards', 'numbers.txt')).stdout).toBe('No flashcards: numbers.txt has no key facts Gloss can find.\n');
    expect((await cli.run('cards', 'numbers.txt', '--json')).stdout).toBe('[]\n');
    expect(await cli.run('cards', 'missing.txt')).toEqual({ code: 1, stdout: '', stderr: `gloss cards: There is no file ${join(cli.dir, 'missing.txt')}.\n` });
    expect((await cli.run('cards', 'blob.bin')).stderr).toMatch(/^gloss cards: blob\.bin looks like a binary file/);
  });

  it.runIf(process.platform !== 'win32')('refuses a device such as /dev/zero at once rather than hanging', async () => {
    const cli = await cliHarness();
    expect((await cli.run('cards', '/dev/zero')).stderr).toMatch(/\/dev\/zero is not a regular file/);
  });
});
