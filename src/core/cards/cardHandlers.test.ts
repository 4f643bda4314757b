import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openCore, type Core } from '../openCore';
import { moreCardsStep } from './deckSize';
import { seedDocuments } from '../testing/seedDocuments';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
let core: Core;
let documentId: string;
let text: string;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-11-28T10:00:00.000Z');
  core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), 'gloss-cards-')), resourcesDir, version: 't', now: () => clock });
  const { documents } = (await core.call('library:list', {}));
  documentId = documents[0]!.id;
  text = (await core.call('document:open', { id: documentId })).text;
});
afterEach(() => core.close());

const list = async (filter: Record<string, unknown> = {}) => (await core.call('cards:list', { documentId, ...filter })).cards;
const queue = async () => (await core.call('review:queue', {}));

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

describe('card rules, for every door', () => {
  const highlight = async (words: string, note = '') => {
    const start = text.indexOf(words);
    return (await core.call('annotation:create', { documentId, textVersion: 1, start, end: start + words.length, color: 'c1', note }));
  };
  const fromHighlight = (annotationId: string, kind: 'cloze' | 'qa') => core.call('card:fromHighlight', { documentId, annotationId, kind });

  it('refuses a cloze without a blank, when added or when edited', async () => {
    await expect(core.call('card:create', { documentId, type: 'cloze', prompt: 'The summit is held in Minsk.', answer: 'Minsk' })).rejects.toMatchObject({
      code: 'bad_input',
      message: 'A cloze needs a blank: write [...] in the prompt where the answer goes.',
    });
    const cloze = (await core.call('card:create', { documentId, type: 'cloze', prompt: 'The summit is held in […].', answer: 'Minsk' }));
    expect(cloze.prompt).toBe('The summit is held in [...].');
    await expect(core.call('card:update', { documentId, cardId: cloze.id, prompt: 'The summit is held in Minsk.' })).rejects.toThrow(/needs a blank/);
    expect(await list()).toEqual([cloze]);
  });

  it('refuses a cloze whose answer is empty or no words', async () => {
    await expect(core.call('card:create', { documentId, type: 'cloze', prompt: 'Held in [...].', answer: '  ' })).rejects.toMatchObject({ code: 'invalid_params' });
    await expect(core.call('card:create', { documentId, type: 'cloze', prompt: 'Held in [...].', answer: '…' })).rejects.toMatchObject({
      code: 'bad_input',
      message: 'A cloze needs an answer: the words that go in its blank.',
    });
    expect(await list()).toEqual([]);
  });

  it('C pressed twice on a highlight makes one card; the second press points at it', async () => {
    const minsk = await highlight('Minsk');
    const card = await fromHighlight(minsk.id, 'cloze');
    await expect(fromHighlight(minsk.id, 'cloze')).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^This card exists already/), details: { documentId, cardId: card.id } });
    expect(await list()).toHaveLength(1);
  });

  it('refuses a hand-made card identical to one the document has (loosely compared), and an edit that would make one', async () => {
    const card = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' }));
    await expect(core.call('card:create', { documentId, type: 'qa', prompt: 'which city hosts  the summit', answer: 'minsk.' })).rejects.toMatchObject({ code: 'conflict', details: { documentId, cardId: card.id } });
    const other = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Moscow' }));
    await expect(core.call('card:update', { documentId, cardId: other.id, answer: 'Minsk' })).rejects.toMatchObject({ details: { cardId: card.id } });
    // Saving a card unchanged, or changing only its tags, is no duplicate of itself.
    await core.call('card:update', { documentId, cardId: card.id, prompt: card.prompt, answer: card.answer, tags: ['exam'] });
    // A deleted card is gone: the same card can be written again.
    await core.call('card:delete', { documentId, cardId: card.id });
    await core.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' });
    expect(await list()).toHaveLength(2);
  });

  it('Q on a note without a question mark says how to write it', async () => {
    const minsk = await highlight('Minsk', '**Key point**\nMinsk hosts the summit');
    await expect(fromHighlight(minsk.id, 'qa')).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/^Write the note as 'Question\? Answer'/) });
    expect(await list()).toEqual([]);
  });

  it('Q reads the note as plain text: the question up to its first question mark, the rest as the answer', async () => {
    const minsk = await highlight('Minsk', '## Which *city* hosts the [summit](https://example.org)?\n\n- **Minsk**, in Belarus');
    expect(await fromHighlight(minsk.id, 'qa')).toMatchObject({ type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk, in Belarus' });
  });
});

describe('card tags', () => {
  it('tags a card from a highlight with its colour, lets the user change tags, and filters the list and the queue by tag', async () => {
    const start = text.indexOf('Minsk');
    const highlight = (await core.call('annotation:create', { documentId, textVersion: 1, start, end: start + 5, color: 'c2' }));
    const fromHighlight = (await core.call('card:fromHighlight', { documentId, annotationId: highlight.id, kind: 'cloze' }));
    expect(fromHighlight.tags).toEqual(['Claim']);
    const manual = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Host city?', answer: 'Minsk', tags: ['exam 1', 'exam 1 '] }));
    expect(manual.tags).toEqual(['exam 1']);
    await core.call('card:update', { documentId, cardId: fromHighlight.id, tags: ['exam 1', 'Claim'] });
    expect((await core.call('cards:tags', {})).tags).toEqual(['Claim', 'exam 1']);
    expect((await list({ tag: 'exam 1' })).map((c) => c.id).sort()).toEqual([fromHighlight.id, manual.id].sort());
    expect((await list({ tag: 'Claim' })).map((c) => c.id)).toEqual([fromHighlight.id]);
    expect((await core.call('review:queue', { tag: 'Claim' })).cards.map((c) => c.id)).toEqual([fromHighlight.id]);
    await expect(core.call('card:update', { documentId, cardId: manual.id, tags: ['a,b'] })).rejects.toMatchObject({ code: 'invalid_params' });
  });

  it('"due" lists exactly what review offers: new cards within the daily limit, one per sentence', async () => {
    await core.call('settings:update', { newCardsPerDay: 3 });
    for (const words of ['Minsk', 'November 23']) {
      const start = text.indexOf(words);
      const highlight = (await core.call('annotation:create', { documentId, textVersion: 1, start, end: start + words.length, color: 'c1' }));
      await core.call('card:fromHighlight', { documentId, annotationId: highlight.id, kind: 'cloze' });
    }
    for (const answer of ['A', 'B', 'C']) await core.call('card:create', { documentId, type: 'qa', prompt: `Q ${answer}?`, answer });
    const due = (await list({ status: 'due' })).map((c) => c.id);
    expect(due).toEqual((await queue()).cards.map((c) => c.id));
    // Two clozes of one sentence: only the first is offered today; the limit takes two of the three others.
    expect(due).toHaveLength(3);
    expect((await list({ status: 'new' })).length).toBe(5);
  });

  it('"due" lists the cards due now and leaves out suspended ones', async () => {
    const a = (await core.call('card:create', { documentId, type: 'qa', prompt: 'A?', answer: 'A' }));
    const b = (await core.call('card:create', { documentId, type: 'qa', prompt: 'B?', answer: 'B' }));
    await core.call('card:update', { documentId, cardId: b.id, suspended: true });
    expect((await list({ status: 'due' })).map((c) => c.id)).toEqual([a.id]);
    await core.call('review:grade', { documentId, cardId: a.id, rating: 4 });
    expect(await list({ status: 'due' })).toEqual([]);
  });
});

describe('the daily limit of new cards', () => {
  it('is the library’s: new cards started today in another document count against it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'gloss-cards-two-'));
    await seedDocuments(dataDir, resourcesDir, [{ path: join(resourcesDir, 'interview.txt'), title: 'A second copy' }]);
    const two = await openCore({ dataDir, resourcesDir, version: 't', now: () => clock });
    try {
      const [second, first] = (await two.call('library:list', {})).documents.map((doc) => doc.id);
      await two.call('settings:update', { newCardsPerDay: 2 });
      const card = (await two.call('card:create', { documentId: first!, type: 'qa', prompt: 'Host city?', answer: 'Minsk' }));
      await two.call('review:grade', { documentId: first!, cardId: card.id, rating: 3 });
      for (const answer of ['A', 'B']) await two.call('card:create', { documentId: second!, type: 'qa', prompt: `Q ${answer}?`, answer });
      const ofSecond = (await two.call('review:queue', { documentId: second! }));
      expect(ofSecond.counts.new).toBe(1);
      expect((await two.call('cards:list', { documentId: second!, status: 'due' })).cards).toHaveLength(1);
    } finally {
      await two.close();
    }
  });
});
