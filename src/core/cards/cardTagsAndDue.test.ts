import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openCore, type Core } from '../openCore';
import { openCardsCore, type CardsCore } from '../testing/cardsCore';
import { TEST_RESOURCES_DIR as resourcesDir } from '../testing/freshCore';
import { seedDocuments } from '../testing/seedDocuments';

let core: Core;
let documentId: string;
let text: string;
let clock: Date;
let list: CardsCore['list'];
let queue: CardsCore['queue'];

beforeEach(async () => {
  ({ core, documentId, text, clock, list, queue } = await openCardsCore());
});
afterEach(() => core.close());

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
