import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Core } from '../openCore';
import { openCardsCore, type CardsCore } from '../testing/cardsCore';

let core: Core;
let documentId: string;
let text: string;
let list: CardsCore['list'];

beforeEach(async () => {
  ({ core, documentId, text, list } = await openCardsCore());
});
afterEach(() => core.close());

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
