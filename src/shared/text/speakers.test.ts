import { describe, expect, it } from 'vitest';
import { paragraphSpeakers } from './speakers';

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
