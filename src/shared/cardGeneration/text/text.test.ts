import { describe, expect, it } from 'vitest';
import { buildCaseStats, looksProper, seenInLowerCase } from './caseStats';
import { chunkDisplayText, MAX_CHUNK_CHARS, planChunks } from './chunks';
import { looksEnglish } from '../extract/sentenceContext';
import { firstSentence } from '../testing/analyse';

describe('chunks', () => {
  it('cuts a book into chunks of whole paragraphs that cover its text in order', () => {
    const paragraph = 'This is one sentence of a hard-wrapped\nparagraph. And here is another one.';
    const text = `${paragraph}\n\n`.repeat(1_000);
    const chunks = planChunks(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    expect(chunks[0]!.start).toBe(0);
    for (let i = 1; i < chunks.length; i++) expect(chunks[i]!.start).toBeGreaterThanOrEqual(chunks[i - 1]!.end);
  });

  it('leaves out endless lines without sentence ends, before any NLP', () => {
    const text = `A fine first sentence is here. ${'word '.repeat(2_000)}\n\nA last sentence ends here.`;
    const covered = planChunks(text).map((chunk) => text.slice(chunk.start, chunk.end));
    expect(covered).toEqual(['A fine first sentence is here.', 'A last sentence ends here.']);
  });

  it('reads in-paragraph line breaks as spaces and keeps paragraph breaks, at the same length', () => {
    const text = 'one\ntwo\n\nthree';
    const display = chunkDisplayText(text, { start: 0, end: text.length });
    expect(display).toBe('one two\n\nthree');
    expect(display).toHaveLength(text.length);
  });

  it('keeps the break after a title on the line above its body, so the title does not run into the first sentence', () => {
    const text = 'Team Says Goodbye for Now\nThe helicopter stands near the apex of a sand ripple in an image taken by the rover on Feb. 24.';
    expect(chunkDisplayText(text, { start: 0, end: text.length })).toBe(text);
    const wrapped = 'This is one sentence of a hard-wrapped\nParagraph that goes on to the next line.';
    expect(chunkDisplayText(wrapped, { start: 0, end: wrapped.length })).toBe(wrapped.replace('\n', ' '));
  });
});

describe('case statistics', () => {
  const stats = buildCaseStats('Command and staff. The command is ready. We met Russia and Russia met us. Asked, he left.');

  it('tells names from words capitalised only at the start of a sentence', () => {
    expect(looksProper(stats, 'Russia')).toBe(true);
    expect(looksProper(stats, 'Command')).toBe(false);
    expect(seenInLowerCase(stats, 'Command')).toBe(true);
    expect(looksProper(stats, 'Asked')).toBe(false);
    expect(seenInLowerCase(stats, 'Asked')).toBe(false);
  });
});

describe('English sentences', () => {
  const tokensOf = (text: string) => firstSentence(text).tokens;

  it('reads an English sentence that quotes a name in its own script', () => {
    expect(looksEnglish(tokensOf('Ibn al-Haytham (أبو علي) was a mathematician of the Islamic Golden Age.'))).toBe(true);
  });

  it('does not read a sentence mostly in another script, or with no English function words', () => {
    expect(looksEnglish(tokensOf('Он сказал, что саммит пройдёт в Минске the end.'))).toBe(false);
    expect(looksEnglish(tokensOf('Le sommet aura lieu à Minsk en novembre.'))).toBe(false);
  });
});
