import { describe, expect, it } from 'vitest';
import { newSchedule } from '../cards/scheduling';
import type { StoredCard } from '../cards/storedCard';
import { backupCounts } from './backupCounts';

const now = new Date('2026-12-01T10:00:00.000Z');
const card = (id: string, deleted = false): StoredCard => ({
  id, origin: 'manual', type: 'qa', prompt: 'Which city?', answer: 'Minsk', hint: null, group: null, annotationId: null, target: null,
  edited: false, suspended: false, tags: [], deleted, created: now.toISOString(), modified: now.toISOString(), schedule: newSchedule(now),
});

describe('backupCounts', () => {
  it('counts every stored highlight, and the cards that parse and are not deleted', () => {
    const files = [
      { schemaVersion: 5, annotations: [{ id: 'a' }, { id: 'b' }, 'malformed, kept as an orphan'], cards: [card('c1'), card('c2', true), { id: 'not a card' }] },
      { schemaVersion: 5, annotations: [{ id: 'c' }], cards: [card('c3')] },
    ];
    expect(backupCounts(files)).toEqual({ highlights: 4, cards: 2 });
  });

  it('counts none in a file from before highlights or cards, or one that is not an object', () => {
    expect(backupCounts([{ schemaVersion: 1 }, { schemaVersion: 2, annotations: [{ id: 'a' }] }, null, 'text', []])).toEqual({ highlights: 1, cards: 0 });
    expect(backupCounts([])).toEqual({ highlights: 0, cards: 0 });
  });
});
