import { describe, expect, it } from 'vitest';
import { UndoHistory } from './undoHistory';

function recorder() {
  const done: string[] = [];
  const step = (label: string) => ({ label, undo: async () => void done.push(label) });
  return { done, step };
}

describe('UndoHistory', () => {
  it('takes steps back newest first, across kinds of change, and says when nothing is left', async () => {
    const history = new UndoHistory();
    const { done, step } = recorder();
    history.push(step('Highlight removed'));
    history.push(step('Card restored'));
    history.push(step('Category name restored'));
    expect(await history.undo()).toBe('Category name restored');
    expect(await history.undo()).toBe('Card restored');
    expect(await history.undo()).toBe('Highlight removed');
    expect(await history.undo()).toBeNull();
    expect(done).toEqual(['Category name restored', 'Card restored', 'Highlight removed']);
  });

  it('takes back exactly the step a toast announced, once', async () => {
    const history = new UndoHistory();
    const { done, step } = recorder();
    const deleted = history.push(step('Card restored'));
    history.push(step('Note restored'));
    expect(await history.undo(deleted)).toBe('Card restored');
    expect(history.has(deleted)).toBe(false);
    expect(await history.undo(deleted)).toBeNull();
    expect(await history.undo()).toBe('Note restored');
    expect(done).toEqual(['Card restored', 'Note restored']);
  });

  it('forgets the oldest steps beyond its limit', async () => {
    const history = new UndoHistory(2);
    const { step } = recorder();
    const first = history.push(step('a'));
    history.push(step('b'));
    history.push(step('c'));
    expect(history.has(first)).toBe(false);
    expect(await history.undo()).toBe('c');
    expect(await history.undo()).toBe('b');
    expect(await history.undo()).toBeNull();
  });
});
