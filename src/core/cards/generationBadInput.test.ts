import { describe, expect, it } from 'vitest';
import { generateCards } from '../../shared/cardGeneration';
import { findJunk } from '../../shared/cardGeneration/testing/isJunk';
import { documentSpeakers } from '../../shared/text/speakers';
import { assembleDocument } from '../import/assembleDocument';
import { readPlainText } from '../import/formats/plainText';
import { testReadContext, utf8 } from '../testing/readContext';

/** A text file as the app imports it, then its deck, every ranked card: what a user could ever be shown. */
async function importAndGenerate(content: string) {
  const { text, structure } = assembleDocument(await readPlainText(utf8(content), testReadContext('input.txt')));
  return { text, structure, cards: generateCards(text, { structure, limit: 'all' }) };
}

/** Labels some card asks for. (A first-person cloze opens with its speaker's name by design: "MR. SMITH: I [...]".) */
const labelWords = (cards: readonly { answer: string }[], labels: readonly string[]): string[] =>
  cards.flatMap((card) => labels.filter((label) => card.answer.toUpperCase().includes(label)));

// The bad input: clear results, no crash, no card from a label.
describe('card generation on hostile text, as imported', { timeout: 30_000 }, () => {
  it('a log file whose every line starts with a colon-word is not a transcript, and no card asks for a log level', async () => {
    const levels = ['INFO', 'WARN', 'ERROR', 'DEBUG'];
    const log = Array.from({ length: 400 }, (_, i) => `${levels[i % 4]}: worker ${i % 7} finished job ${i * 13} in ${(i % 50) + 3} ms`).join('\n');
    const { structure, cards } = await importAndGenerate(log);
    expect(documentSpeakers(structure).filter((speaker) => levels.includes(speaker.toUpperCase()))).toEqual([]);
    expect(cards.filter((card) => levels.includes(card.answer.toUpperCase()))).toEqual([]);
  });

  it('a speaker label 300 characters long is text, not a speaker, and makes no card of its own', async () => {
    const longLabel = 'Representative of the Committee on '.repeat(9).slice(0, 300).trim();
    const transcript = [`${longLabel}: The summit will be held in Minsk on November 23.`, 'Q: Who attends?', 'MR. SMITH: Armenia, Belarus and Kazakhstan attend.'].join('\n\n');
    const { structure, cards } = await importAndGenerate(transcript);
    expect(documentSpeakers(structure)).not.toContain(longLabel);
    expect(documentSpeakers(structure).every((speaker) => speaker.length < 100)).toBe(true);
    expect(labelWords(cards, ['Q', 'MR. SMITH'])).toEqual([]);
  });

  it('text with no sentence ends still gives cards that fit on a card, with no junk', async () => {
    const runOn = Array.from({ length: 200 }, (_, i) => `the delegation from Kazakhstan met officials in Minsk on November ${(i % 28) + 1} and talked about the summit`).join(' and then ');
    const { text, cards } = await importAndGenerate(runOn);
    expect(cards.every((card) => card.prompt.length <= 4000)).toBe(true);
    expect(findJunk(cards, text)).toEqual([]);
  });

  it('mixed scripts in one transcript: the English facts are carded, the rest makes no junk', async () => {
    const transcript = [
      'MODERATOR: 欢迎各位。今天我们讨论峰会。',
      'Q: Where is the summit?',
      'MS. IVANOVA: Саммит пройдёт в Минске. The summit will be held in Minsk on November 23, and Armenia will attend.',
      'MR. HASSAN: القمة في مينسك. العربية هنا.',
    ].join('\n\n');
    const { text, cards } = await importAndGenerate(transcript);
    expect(cards.map((card) => card.answer)).toEqual(expect.arrayContaining(['Minsk']));
    expect(findJunk(cards, text)).toEqual([]);
    expect(labelWords(cards, ['MODERATOR', 'Q', 'MS. IVANOVA', 'MR. HASSAN'])).toEqual([]);
  });
});
