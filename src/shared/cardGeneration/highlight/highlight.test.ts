// eslint-disable-next-line no-restricted-imports -- a test reads its fixture from disk; the module under test stays free of Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCards } from '../generateCards';
import { clozeFromHighlight } from './clozeFromHighlight';
import { parseNoteQuestion, qaFromNote } from './qaFromNote';

const interview = readFileSync(new URL('../../../../resources/interview.txt', import.meta.url), 'utf8');
const rangeOf = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('clozeFromHighlight', () => {
  it('blanks the highlighted words in their sentence, with the hint the generator would give', () => {
    const card = clozeFromHighlight(interview, rangeOf(interview, 'Minsk'))!;
    expect(card.prompt).toMatch(/^Next week, on November 23, \[\.\.\.\] \(city\) will host a summit/);
    expect(card).toMatchObject({ type: 'cloze', answer: 'Minsk', hint: 'city', factType: 'place' });
    expect(interview.slice(card.source.start, card.source.end)).toBe(card.source.exact);
    expect(card.source.exact).toMatch(/^Next week.*Tajikistan\.$/);
  });

  it('is the same card the generator makes for that fact, a sibling in the same group', () => {
    const generated = generateCards(interview).find((card) => card.type === 'cloze' && card.answer === 'Minsk')!;
    const card = clozeFromHighlight(interview, rangeOf(interview, 'Minsk'))!;
    expect(card.id).toBe(generated.id);
    expect(card.group).toBe(generated.group);
  });

  it('makes a plain cloze of any words, trimming spaces and punctuation around them', () => {
    const range = rangeOf(interview, ' illegal migration and others.');
    const card = clozeFromHighlight(interview, range)!;
    expect(card.answer).toBe('illegal migration and others');
    expect(card.factType).toBe('highlight');
    expect(card.hint).toBeUndefined();
    expect(card.prompt).toMatch(/drug trafficking, \[\.\.\.\]\.$/);
  });

  it('blanks every occurrence of the words in the sentence, so the prompt does not give them away', () => {
    const text = 'The summit meets in Minsk because Minsk is central.';
    const card = clozeFromHighlight(text, { start: text.indexOf('Minsk'), end: text.indexOf('Minsk') + 5 })!;
    expect(card.prompt).toMatch(/^The summit meets in \[\.\.\.\].* because \[\.\.\.\] is central\.$/);
  });

  it('returns null for an empty, out-of-range or whole-sentence highlight', () => {
    expect(clozeFromHighlight(interview, { start: 5, end: 5 })).toBeNull();
    expect(clozeFromHighlight(interview, { start: -1, end: 4 })).toBeNull();
    expect(clozeFromHighlight(interview, { start: 0, end: interview.length + 1 })).toBeNull();
    expect(clozeFromHighlight('Hello there.', { start: 0, end: 12 })).toBeNull();
  });
});

describe('qaFromNote', () => {
  it('reads "Question? Answer" (up to the first question mark) and "Q: … A: …"', () => {
    expect(parseNoteQuestion('Who hosts the summit? Minsk', 'x')).toEqual({ prompt: 'Who hosts the summit?', answer: 'Minsk' });
    expect(parseNoteQuestion('Who hosts it? Minsk? Surely.', 'x')).toEqual({ prompt: 'Who hosts it?', answer: 'Minsk? Surely.' });
    expect(parseNoteQuestion('Q: Host city of the summit\nA: Minsk, Belarus', 'x')).toEqual({ prompt: 'Host city of the summit', answer: 'Minsk, Belarus' });
    expect(parseNoteQuestion('q. Host city a. Minsk', 'x')).toEqual({ prompt: 'Host city', answer: 'Minsk' });
  });

  it('reads the note as the text it shows, without Markdown markers', () => {
    expect(parseNoteQuestion('## Which **city** hosts the [summit](https://example.org)?\n\n- _Minsk_', 'x')).toEqual({ prompt: 'Which city hosts the summit?', answer: 'Minsk' });
  });

  it('does not take the first line of a note without a question mark as a question', () => {
    expect(parseNoteQuestion('**Host city** of the summit\nMinsk', 'x')).toBeNull();
    expect(parseNoteQuestion('# Key point\n\nMinsk hosts the summit.', 'Minsk')).toBeNull();
  });

  it('takes the highlighted words as the answer to a bare question', () => {
    expect(parseNoteQuestion('Which city hosts the summit?', ' Minsk ')).toEqual({ prompt: 'Which city hosts the summit?', answer: 'Minsk' });
  });

  it('returns null for a note without a usable question', () => {
    for (const note of ['', '   ', 'Important!', 'Minsk', '?', 'Q: A: ']) expect(parseNoteQuestion(note, '')).toBeNull();
  });

  it('makes a question card anchored to the highlight’s sentence', () => {
    const card = qaFromNote(interview, rangeOf(interview, 'Minsk'), 'Which city hosts the summit?')!;
    expect(card).toMatchObject({ type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk', factType: 'note' });
    expect(card.source.exact).toMatch(/^Next week.*Tajikistan\.$/);
    expect(qaFromNote(interview, rangeOf(interview, 'Minsk'), 'Nice.')).toBeNull();
  });
});
