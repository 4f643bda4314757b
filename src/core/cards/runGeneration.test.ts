import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../shared/cardGeneration';
import { runGeneration } from './runGeneration';

const interview = readFileSync(new URL('../../../resources/interview.txt', import.meta.url), 'utf8');
/** About 200 KB: enough chunks for progress and for an abort to land mid-run. */
const longText = `${interview}\n\n`.repeat(48);

describe('runGeneration (a real worker thread)', () => {
  it('makes every ranked card generateCards makes (the core picks the deck), reporting progress up to the total', async () => {
    const progress: [number, number][] = [];
    const cards = await runGeneration({ text: interview, title: 'Interview' }, { onProgress: (done, total) => progress.push([done, total]) });
    expect(cards).toEqual(generateCards(interview, { limit: 'all', title: 'Interview' }));
    expect(progress.at(-1)).toEqual([1, 1]);
  });

  it('hands the text’s layout to the generator: a transcript’s questions make no cards of their own', async () => {
    const transcript = 'Where does the summit take place, and who attends from Armenia and Kazakhstan?\n\nThe summit takes place in Minsk on November 23.';
    const structure = { blocks: [{ kind: 'turn' as const, paragraph: 0, speaker: 'Q' }, { kind: 'turn' as const, paragraph: 1, speaker: 'Imangali Tasmagambetov' }] };
    const cards = await runGeneration({ text: transcript, structure });
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.source.start > transcript.indexOf('\n\n'))).toBe(true);
    expect(await runGeneration({ text: transcript })).not.toEqual(cards);
  });

  it('leaves the event loop free while the worker works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const started = performance.now();
    await runGeneration({ text: longText });
    clearInterval(timer);
    // A blocked loop would tick once at the end; a free one ticks about every 5 ms throughout.
    expect(ticks).toBeGreaterThan((performance.now() - started) / 5 / 4);
  });

  it('rejects with an AbortError when aborted mid-run', async () => {
    const controller = new AbortController();
    let reported = 0;
    const run = runGeneration({ text: longText }, {
      signal: controller.signal,
      onProgress: (done) => {
        reported = done;
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Terminated, not merely ignored: no progress arrives after the abort.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(reported).toBe(2);
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(runGeneration({ text: interview }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
