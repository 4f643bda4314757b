import { describe, expect, it } from 'vitest';
import type { TextStructure } from './blocks';
import { splitParagraphs } from './paragraphs';
import { documentSpeakers, paragraphSpeakers, speakerLookup } from './speakers';

const text = ['Questions', 'Where will the summit be held?', 'Minsk will host it.', 'And who comes?', 'The heads of state.', 'Thanks to the hosts.'].join('\n\n');
const structure: TextStructure = {
  blocks: [
    { paragraph: 0, kind: 'heading', level: 2 },
    { paragraph: 1, kind: 'turn', speaker: 'Sputnik', startMs: 1000 },
    { paragraph: 2, kind: 'turn', speaker: 'Imangali Tasmagambetov' },
    { paragraph: 3, kind: 'turn', speaker: 'Sputnik' },
    { paragraph: 4, kind: 'turn', startMs: 9000 },
  ],
};

describe('speakers of a transcript', () => {
  it('lists each speaker once, in the order they first speak', () => {
    expect(documentSpeakers(structure)).toEqual(['Sputnik', 'Imangali Tasmagambetov']);
    expect(documentSpeakers({ blocks: [] })).toEqual([]);
  });

  it('finds the speaker of the paragraph an offset is in; none outside turns or in a turn without a name', () => {
    const speakerAt = speakerLookup(splitParagraphs(text), structure);
    expect(speakerAt(text.indexOf('summit'))).toBe('Sputnik');
    expect(speakerAt(text.indexOf('Minsk'))).toBe('Imangali Tasmagambetov');
    expect(speakerAt(text.indexOf('who comes'))).toBe('Sputnik');
    expect(speakerAt(text.indexOf('Questions'))).toBeNull();
    expect(speakerAt(text.indexOf('heads'))).toBeNull();
    expect(speakerAt(text.indexOf('Thanks'))).toBeNull();
  });

  it('gives an offset in the blank line between paragraphs to the paragraph after it', () => {
    const speakerAt = speakerLookup(splitParagraphs(text), structure);
    expect(speakerAt(text.indexOf('Minsk') - 1)).toBe('Imangali Tasmagambetov');
    expect(speakerAt(text.length + 5)).toBeNull();
  });

  it('answers null at once for a text without turns', () => {
    expect(speakerLookup(splitParagraphs(text), { blocks: [] })(3)).toBeNull();
  });
});

describe('paragraphSpeakers', () => {
  it('gives each paragraph its turn’s speaker, continuing paragraphs included', () => {
    const structure = {
      blocks: [
        { paragraph: 0, kind: 'heading' as const, level: 1 },
        { paragraph: 1, kind: 'turn' as const, speaker: 'Q' },
        { paragraph: 2, kind: 'turn' as const, speaker: 'Ana Díaz' },
        { paragraph: 4, kind: 'heading' as const, level: 2 },
      ],
    };
    expect(paragraphSpeakers(structure, 6)).toEqual([null, 'Q', 'Ana Díaz', 'Ana Díaz', null, null]);
  });

  it('has no speakers for a document without turns', () => {
    expect(paragraphSpeakers({ blocks: [] }, 3)).toEqual([null, null, null]);
  });
});
