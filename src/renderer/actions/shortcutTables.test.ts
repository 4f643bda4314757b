import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../shared/actions';
import { shortcutTables } from './shortcutTables';

describe('the shortcut sheet', () => {
  it('has a table per group of the action list, in the sheet’s order', () => {
    expect(shortcutTables().map((table) => table.title)).toEqual(['Library', 'Tags', 'Reading', 'Highlights', 'Flashcards', 'Review', 'Editing the text', 'App']);
  });

  it('lists every action that has a key, once, and none without one', () => {
    const listed = shortcutTables().flatMap((table) => table.actions.map((action) => action.id));
    expect(listed.sort()).toEqual(ACTIONS.filter((action) => action.keys.length > 0).map((action) => action.id).sort());
    expect(listed).not.toContain('app.backups');
  });

  it('lists the keys handled where they are pressed too (Ctrl+Home, Ctrl+Enter in a note)', () => {
    const reading = shortcutTables().find((table) => table.title === 'Reading')!;
    expect(reading.actions.map((action) => action.id)).toContain('reading.startOrEnd');
  });
});
