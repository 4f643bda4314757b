import type { TextStructure } from '../../../shared/text/blocks';

/**
 * A small document with one block of every kind and every inline mark, for
 * the tests of the reader's content, its text map and edit mode.
 */
export const SAMPLE_TEXT = [
  'Interview notes',
  'An opening paragraph with emphasis, strong words, some code and a link.',
  'Agenda',
  'First item',
  'A nested\nbullet',
  'A quoted line.',
  'Welcome to the programme.',
  'Thank you for having me.',
  'const a = 1;\nconst b = 2;',
  'CHAPTER II',
  'Plain 👩‍🔬 text at the end.',
].join('\n\n');

const second = 'An opening paragraph with emphasis, strong words, some code and a link.';
const at = (word: string): { from: number; to: number } => ({ from: second.indexOf(word), to: second.indexOf(word) + word.length });

export const SAMPLE_STRUCTURE: TextStructure = {
  blocks: [
    { paragraph: 0, kind: 'heading', level: 1 },
    {
      paragraph: 1,
      kind: 'paragraph',
      marks: [
        { kind: 'emphasis', ...at('emphasis') },
        { kind: 'strong', ...at('strong words') },
        { kind: 'emphasis', ...at('words') },
        { kind: 'code', ...at('code') },
        { kind: 'link', ...at('a link'), href: 'https://example.org/' },
      ],
    },
    { paragraph: 2, kind: 'heading', level: 3 },
    { paragraph: 3, kind: 'listItem', ordered: true, number: 1, depth: 0 },
    { paragraph: 4, kind: 'listItem', ordered: false, depth: 1 },
    { paragraph: 5, kind: 'quote', depth: 0 },
    { paragraph: 6, kind: 'turn', speaker: 'Sputnik', startMs: 723_000, endMs: 730_000 },
    { paragraph: 7, kind: 'turn', speaker: 'Imangali Tasmagambetov' },
    { paragraph: 8, kind: 'code' },
  ],
};
