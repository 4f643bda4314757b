import { describe, expect, it } from 'vitest';
import type { FactType } from '../types';
import { isGoodAnswer } from './answerQuality';
import { cardId, groupKey } from './cardId';
import { hash53 } from './hash';
import { selectCards } from './selectCards';
import type { DraftCard } from './sentenceCards';

const source = (exact: string, start = 0) => ({ exact, start, end: start + exact.length });

function draft(answer: string, options: { type?: 'cloze' | 'qa'; factType?: FactType; prompt?: string; start?: number } = {}): DraftCard {
  const type = options.type ?? 'cloze';
  const prompt = options.prompt ?? `Sentence about [...] number ${options.start ?? 0}.`;
  const src = source(`Sentence about ${answer} number ${options.start ?? 0}.`, options.start ?? 0);
  return { id: cardId(type, prompt, answer, src), type, prompt, answer, factType: options.factType ?? 'name', group: groupKey(src.exact), source: src, answerStart: src.start + 15 };
}

describe('card ids', () => {
  it('hashes deterministically to 11 base-36 characters, differently for different input', () => {
    expect(hash53('Minsk')).toBe(hash53('Minsk'));
    expect(hash53('Minsk')).toMatch(/^[0-9a-z]{11}$/);
    expect(hash53('Minsk')).not.toBe(hash53('Minsl'));
  });

  it('depends on content, not offsets or spacing', () => {
    const a = cardId('cloze', '[...] will host', 'Minsk', source('Minsk will host', 10));
    expect(cardId('cloze', '[...]  will host', 'Minsk', source('Minsk will host', 500))).toBe(a);
    expect(cardId('qa', '[...] will host', 'Minsk', source('Minsk will host', 10))).not.toBe(a);
    expect(cardId('cloze', '[...] will host', 'Pinsk', source('Minsk will host', 10))).not.toBe(a);
  });
});

describe('answer quality', () => {
  it('refuses pronouns, stop words, vague dates, placeholder letters and empty answers', () => {
    for (const answer of ['He', 'the', 'it', '', '...', 'next week', 'Today']) expect(isGoodAnswer(answer, answer === 'next week' || answer === 'Today' ? 'date' : 'name')).toBe(false);
    for (const answer of ['Minsk', 'November 23', '1962', 'Collective Security Treaty Organization']) expect(isGoodAnswer(answer, 'name')).toBe(true);
    // Letters standing in for anything ("from infrastructure A to B", "options X, Y or Z"), but not an initialism.
    for (const answer of ['B.', 'X, Y or Z', 'B, C and']) expect(isGoodAnswer(answer, answer.includes(',') ? 'list' : 'name')).toBe(false);
    expect(isGoodAnswer('U.S.', 'place')).toBe(true);
  });

  it('refuses very long answers except lists', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen';
    expect(isGoodAnswer(long, 'organisation')).toBe(false);
    expect(isGoodAnswer(long, 'list')).toBe(true);
  });
});

describe('deck selection', () => {
  it('drops a partial name when the full name occurs anywhere in the deck', () => {
    const cards = selectCards([draft('Tasmagambetov', { start: 0, factType: 'person' }), draft('Imangali Tasmagambetov', { start: 100, factType: 'person' }), draft('Minsk', { start: 200, factType: 'place' })]);
    expect(cards.map((card) => card.answer)).toEqual(['Imangali Tasmagambetov', 'Minsk']);
  });

  it('caps cards per answer, question cards first, at most two clozes', () => {
    const drafts = [0, 100, 200, 300].map((start) => draft('CSTO', { start, factType: 'acronym' }));
    drafts.push(draft('CSTO', { start: 400, type: 'qa', prompt: 'Which body is it?', factType: 'acronym' }));
    const cards = selectCards(drafts);
    expect(cards.map((card) => [card.type, card.source.start])).toEqual([
      ['cloze', 0],
      ['cloze', 100],
      ['qa', 400],
    ]);
  });

  it('keeps every card of an answer when the cap is off, still dropping duplicates', () => {
    const drafts = [0, 100, 200, 300].map((start) => draft('CSTO', { start, factType: 'acronym' }));
    expect(selectCards([...drafts, drafts[0]!], { capPerAnswer: false }).map((card) => card.source.start)).toEqual([0, 100, 200, 300]);
  });

  it('drops duplicates by id and by identical prompt and answer', () => {
    const one = draft('Minsk', { start: 0 });
    const repeated = { ...one, source: { ...one.source, start: 900, end: 900 + one.source.exact.length } };
    expect(selectCards([one, one, repeated])).toHaveLength(1);
  });

  it('drops a cloze repeated with words before it, as a photo caption is in the article\'s body', () => {
    const caption = 'workers paint the bright red NASA logo on the side of a booster segment inside the facility on [...] (date).';
    const inBody = draft('Jan. 30, 2024', { prompt: `In the left two photos, ${caption}`, start: 0 });
    const captioned = draft('Jan. 30, 2024', { prompt: `Workers paint ${caption.slice('workers paint '.length)}`, start: 900 });
    expect(selectCards([inBody, captioned])).toHaveLength(1);
    // Short prompts share too few words to tell: both stay.
    expect(selectCards([draft('Minsk', { prompt: 'Met in [...].', start: 0 }), draft('Minsk', { prompt: 'Born in [...].', start: 50 })])).toHaveLength(2);
  });

  it('keeps one of two questions worded alike with different answers, the first, but clozes of one prompt are siblings', () => {
    const asked = 'What did Priyanka Sharma say about Spain?';
    const first = draft('I have never been to Spain before.', { type: 'qa', factType: 'statement', prompt: asked, start: 0 });
    const second = draft('So finally, I am getting to go to Spain.', { type: 'qa', factType: 'statement', prompt: asked, start: 500 });
    expect(selectCards([second, first]).map((card) => card.answer)).toEqual(['I have never been to Spain before.']);
    const clozes = [draft('Minsk', { prompt: 'Met in [...] and Kazan.', start: 0 }), draft('Kazan', { prompt: 'Met in [...] and Kazan.', start: 0 })];
    expect(selectCards(clozes)).toHaveLength(2);
  });

  it('orders cards by sentence, clozes before questions, and strips internal fields', () => {
    const cards = selectCards([draft('B', { start: 50, type: 'qa', prompt: 'Q?' }), draft('Zed', { start: 50 }), draft('Ay', { start: 0 })]);
    expect(cards.map((card) => card.answer)).toEqual(['Ay', 'Zed', 'B']);
    expect(cards[0]).not.toHaveProperty('answerStart');
  });
});
