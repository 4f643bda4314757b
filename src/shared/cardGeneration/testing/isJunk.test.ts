import { describe, expect, it } from 'vitest';
import type { GeneratedCard } from '../types';
import { findJunk, junkReason } from './isJunk';

const text = 'Then Imangali Tasmagambetov spoke in Minsk. Command and staff training will follow next week, and the command is ready. He said so today.';

function card(answer: string, prompt: string, factType: GeneratedCard['factType'] = 'name', sentence = 0): GeneratedCard {
  const sentences = text.split(/(?<=\.) /);
  const exact = sentences[sentence]!;
  const start = text.indexOf(exact);
  return { id: answer, type: prompt.includes('[...]') ? 'cloze' : 'qa', prompt, answer, factType, group: 'g', source: { exact, start, end: start + exact.length } };
}

describe('the independent junk checker', () => {
  it('accepts a good card', () => {
    expect(junkReason(card('Minsk', 'Then Imangali Tasmagambetov spoke in [...] (city).', 'place'), text)).toBeNull();
  });

  it('flags pronouns, vague dates, sentence-start words and partial names', () => {
    expect(junkReason(card('He', '[...] said so today.', 'person', 2), text)).toBe('pronoun or stop word');
    expect(junkReason(card('today', 'He said so [...].', 'date', 2), text)).toBe('vague date');
    expect(junkReason(card('next week', 'Command and staff training will follow [...], and the command is ready.', 'date', 1), text)).toBe('vague date');
    expect(junkReason(card('Command', '[...] and staff training will follow next week, and the [...] is ready.', 'name', 1), text)).toBe('word capitalised only at a sentence start');
    expect(junkReason(card('Tasmagambetov', 'Then Imangali [...] spoke in Minsk.', 'person'), text)).toBe('partial name');
  });

  it('flags give-aways, answers not in the source and broken anchors', () => {
    expect(junkReason(card('Minsk', 'Where did he speak, in Minsk?', 'place'), text)).toBe('prompt gives the answer away');
    expect(junkReason(card('Paris', 'Then Imangali Tasmagambetov spoke in [...].', 'place'), text)).toBe('answer not in its source');
    expect(junkReason({ ...card('Minsk', 'Then Imangali Tasmagambetov spoke in [...].', 'place'), source: { exact: 'Minsk', start: 0, end: 5 } }, text)).toBe('source does not match the text');
  });

  it('flags duplicates and answers used in too many cards', () => {
    const good = card('Minsk', 'Then Imangali Tasmagambetov spoke in [...] (city).', 'place');
    expect(findJunk([good, good], text).map((junk) => junk.reason)).toEqual(['duplicate']);
    const variants = [1, 2, 3, 4].map((n) => ({ ...good, prompt: `${good.prompt} ${n}` }));
    expect(findJunk(variants, text).map((junk) => junk.reason)).toEqual(['answer in too many cards']);
  });
});
