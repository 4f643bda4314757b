import { describe, expect, it } from 'vitest';
import { firstSentence } from '../testing/analyse';
import { sentenceCards } from './sentenceCards';

describe('sentence cards', () => {
  const text = 'On November 23, Minsk will host the summit, and Minsk is ready.';
  const sentence = firstSentence(text);
  const mention = (answer: string, hint: string, rank: number) => ({ factType: hint === 'date' ? ('date' as const) : ('place' as const), hint, start: text.indexOf(answer), end: text.indexOf(answer) + answer.length, rank });

  it('blanks the fact with its hint and every other occurrence of the answer', () => {
    const [card] = sentenceCards(text, sentence, { mentions: [mention('Minsk', 'city', 3)], questions: [] });
    expect(card!.prompt).toBe('On November 23, [...] (city) will host the summit, and [...] is ready.');
    expect(card!.source).toEqual({ exact: text, start: 0, end: text.length });
  });

  it('makes no cloze whose answer still stands in its prompt, as one end of a range does', () => {
    const words = 'Google is worth 600 billion dollars, something insane, really 500-600 billion dollars.';
    const at = words.indexOf('600 billion');
    expect(sentenceCards(words, firstSentence(words), { mentions: [{ factType: 'number', hint: 'number', start: at, end: at + 11, rank: 3 }], questions: [] })).toEqual([]);
  });

  it('makes no cloze of a question, but of a sentence quoting one', () => {
    const cloze = (words: string, answer: string) => {
      const at = words.indexOf(answer);
      return sentenceCards(words, firstSentence(words), { mentions: [{ factType: 'place', hint: 'city', start: at, end: at + answer.length, rank: 3 }], questions: [] });
    };
    expect(cloze('Will the leaders meet in Minsk before the summit in November?', 'Minsk')).toEqual([]);
    expect(cloze('Then the leaders in Minsk asked, "How did we miss this?', 'Minsk')).toHaveLength(1);
  });

  it('keeps at most five non-overlapping clozes, best rank first, all in one group', () => {
    const mentions = [mention('November 23', 'date', 2), mention('November', 'date', 1), mention('summit', 'event', 0), mention('Minsk', 'city', 3), mention('ready', 'x', 4), mention('host', 'x', 5), mention('will', 'x', 6)];
    const cards = sentenceCards(text, sentence, { mentions, questions: [] });
    expect(cards.map((card) => card.answer)).toEqual(['summit', 'November', 'Minsk', 'ready', 'host']);
    expect(new Set(cards.map((card) => card.group)).size).toBe(1);
  });

  it('does not blank a word that a longer name elsewhere in the sentence holds ("Guinea" beside "Republic of Guinea")', () => {
    const guinea = 'The ministry in the Republic of Guinea (Guinea) confirmed a case.';
    const at = (answer: string, from = 0) => ({ factType: 'place' as const, hint: 'country', start: guinea.indexOf(answer, from), end: guinea.indexOf(answer, from) + answer.length, rank: 1 });
    const cards = sentenceCards(guinea, firstSentence(guinea), { mentions: [at('Republic of Guinea'), at('Guinea', guinea.indexOf('('))], questions: [] });
    expect(cards.map((card) => card.prompt)).toEqual(['The ministry in the [...] (country) (Guinea) confirmed a case.']);
  });

  it('makes question cards from templates, skipping bad answers', () => {
    const cards = sentenceCards(text, sentence, {
      mentions: [],
      questions: [
        { factType: 'venue', prompt: 'Which  city will host the summit?', start: text.indexOf('Minsk'), end: text.indexOf('Minsk') + 5, hint: 'city' },
        { factType: 'venue', prompt: 'Who?', start: 0, end: 2 },
      ],
    });
    expect(cards.map((card) => [card.type, card.prompt, card.answer, card.hint])).toEqual([['qa', 'Which city will host the summit?', 'Minsk', 'city']]);
  });

  it('never blanks half a word, as a tokenizer that cuts "Abū" into "Ab" and "ū" would', () => {
    const name = 'The scholar Abū ʿAlī wrote in Cairo.';
    const half = { factType: 'person' as const, hint: 'name', start: name.indexOf('Ab'), end: name.indexOf('Ab') + 2, rank: 1 };
    const whole = { factType: 'place' as const, hint: 'city', start: name.indexOf('Cairo'), end: name.indexOf('Cairo') + 5, rank: 2 };
    expect(sentenceCards(name, firstSentence(name), { mentions: [half, whole], questions: [] }).map((card) => card.answer)).toEqual(['Cairo']);
  });

  it('never asks for a word in a script the generator cannot read', () => {
    const quoted = 'His most influential work was the Kitāb al-Manāẓir (كتاب المناظر), written in Cairo.';
    const arabic = { factType: 'name' as const, hint: 'name', start: quoted.indexOf('كتاب'), end: quoted.indexOf('المناظر') + 'المناظر'.length, rank: 1 };
    const latin = { factType: 'name' as const, hint: 'name', start: quoted.indexOf('Kitāb'), end: quoted.indexOf(' (') , rank: 2 };
    expect(sentenceCards(quoted, firstSentence(quoted), { mentions: [arabic, latin], questions: [] }).map((card) => card.answer)).toEqual(['Kitāb al-Manāẓir']);
  });

  it('never asks for the capitalised plural of an everyday noun or demonym ("Embassies", "Americans") as a name', () => {
    const agencies = 'USG agencies and Embassies are working closely with the Zorvani partners on the response.';
    const at = (answer: string) => ({ factType: 'name' as const, hint: 'name', start: agencies.indexOf(answer), end: agencies.indexOf(answer) + answer.length, rank: 1 });
    expect(sentenceCards(agencies, firstSentence(agencies), { mentions: [at('Embassies'), at('Zorvani')], questions: [] }).map((card) => card.answer)).toEqual(['Zorvani']);
  });
});
