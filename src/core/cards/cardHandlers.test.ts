import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Core } from '../openCore';
import { moreCardsStep } from './deckSize';
import { openCardsCore, type CardsCore } from '../testing/cardsCore';

let core: Core;
let documentId: string;
let text: string;
let list: CardsCore['list'];
let queue: CardsCore['queue'];

beforeEach(async () => {
  ({ core, documentId, text, list, queue } = await openCardsCore());
});
afterEach(() => core.close());

describe('cards', () => {
  it('generates the deck in a worker, reports progress, and regenerating keeps reviews, edits and deletions', async () => {
    const progress: number[] = [];
    core.events.on('task:progress', (event) => progress.push(event.done));
    const first = (await core.call('cards:generate', { documentId, taskId: 't1' }));
    expect(first.added).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThan(0);
    const cards = await list();
    expect(cards.every((card) => card.origin === 'generated' && card.status === 'new' && card.source?.anchor)).toBe(true);
    const [reviewed, edited, deleted] = cards;
    await core.call('review:grade', { documentId, cardId: reviewed!.id, rating: 3 });
    await core.call('card:update', { documentId, cardId: edited!.id, answer: 'My own answer', suspended: true });
    await core.call('card:delete', { documentId, cardId: deleted!.id });

    const again = (await core.call('cards:generate', { documentId, taskId: 't2' }));
    expect(again.added).toBe(0);
    const after = await list();
    expect(after).toHaveLength(cards.length - 1);
    expect(after.find((card) => card.id === reviewed!.id)).toMatchObject({ status: 'learning', reps: 1 });
    expect(after.find((card) => card.id === edited!.id)).toMatchObject({ answer: 'My own answer', status: 'suspended' });
    expect(after.find((card) => card.id === deleted!.id)).toBeUndefined();
  });

  it('holds the best-ranked cards up to the budget; More cards adds the next ones, and making the deck again keeps them', async () => {
    const first = await core.call('cards:generate', { documentId, taskId: 't1' });
    expect(first.more).toBeGreaterThan(0);
    const deck = new Set((await list()).map((card) => card.id));
    const more = await core.call('cards:generate', { documentId, taskId: 't2', more: true });
    expect(more.added).toBe(Math.min(first.more, moreCardsStep(text.length)));
    expect(more.more).toBe(first.more - more.added);
    const grown = await list();
    expect(grown).toHaveLength(deck.size + more.added);
    expect([...deck].every((id) => grown.some((card) => card.id === id))).toBe(true);
    // Making the deck again neither shrinks it back to the budget nor adds more.
    const again = await core.call('cards:generate', { documentId, taskId: 't3' });
    expect(again).toMatchObject({ added: 0, total: grown.length, more: more.more });
    // Asked for more until none are left, it says none were added.
    let last = again;
    while (last.more > 0) last = await core.call('cards:generate', { documentId, taskId: `t${last.more}`, more: true });
    expect((await core.call('cards:generate', { documentId, taskId: 'end', more: true })).added).toBe(0);
  }, 30_000); // a generation per More cards step, each of the whole text: seconds on a busy machine

  it('cancelling a generation leaves the deck as it was', async () => {
    const run = core.call('cards:generate', { documentId, taskId: 'slow' });
    await core.call('task:cancel', { taskId: 'slow' });
    await expect(run).rejects.toThrow(/cancelled/);
    expect(await list()).toEqual([]);
  });

  it('adds a card by hand, refuses an empty answer, and filters by origin and status', async () => {
    const card = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Where is the summit?', answer: 'Minsk' }));
    expect(card).toMatchObject({ origin: 'manual', status: 'new', source: null });
    await expect(core.call('card:create', { documentId, type: 'qa', prompt: 'Q', answer: '   ' })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('card:update', { documentId, cardId: card.id, answer: '' })).rejects.toThrow(/must not be empty/);
    expect(await list({ origin: 'manual' })).toHaveLength(1);
    expect(await list({ origin: 'generated' })).toHaveLength(0);
    await core.call('card:update', { documentId, cardId: card.id, suspended: true });
    expect(await list({ status: 'suspended' })).toHaveLength(1);
  });

  it('makes a cloze from a highlight, and a question card from its note', async () => {
    const start = text.indexOf('Minsk');
    const highlight = (await core.call('annotation:create', { documentId, textVersion: 1, start, end: start + 5, color: 'c1', note: 'Which city hosts the summit? Minsk' }));
    const cloze = (await core.call('card:fromHighlight', { documentId, annotationId: highlight.id, kind: 'cloze' }));
    expect(cloze).toMatchObject({ type: 'cloze', answer: 'Minsk', origin: 'highlight' });
    expect(cloze.prompt).not.toContain('Minsk');
    const qa = (await core.call('card:fromHighlight', { documentId, annotationId: highlight.id, kind: 'qa' }));
    expect(qa).toMatchObject({ type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' });
  });

  it('reviews with FSRS: the queue shows intervals, a grade moves the card on, and undo puts it back', async () => {
    const card = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Summit city?', answer: 'Minsk' }));
    const before = await queue();
    expect(before.counts).toEqual({ new: 1, learning: 0, due: 0 });
    expect(before.cards[0]!.intervals.again).toMatch(/m$/);
    await core.call('review:grade', { documentId, cardId: card.id, rating: 4 });
    expect((await queue()).cards).toEqual([]);
    await core.call('review:undo', { documentId, cardId: card.id });
    expect((await queue()).cards.map((c) => c.id)).toEqual([card.id]);
    await expect(core.call('review:undo', { documentId, cardId: card.id })).rejects.toThrow(/no review to undo/);
  });

  it('limits new cards per day', async () => {
    await core.call('settings:update', { newCardsPerDay: 2 });
    for (const answer of ['A', 'B', 'C']) await core.call('card:create', { documentId, type: 'qa', prompt: `Q ${answer}`, answer });
    const first = await queue();
    expect(first.counts.new).toBe(2);
    await core.call('review:grade', { documentId, cardId: first.cards[0]!.id, rating: 4 });
    expect((await queue()).counts.new).toBe(1);
  });
});
