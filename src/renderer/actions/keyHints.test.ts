import { describe, expect, it } from 'vitest';
import { actionById } from '../../shared/actions';
import { keyHint, keysInWords, keysOf } from './keyHints';

describe('key hints from the action list', () => {
  it('give a control the tooltip and aria-keyshortcuts of the action it does', () => {
    expect(keyHint('cards.browse', 'Flashcards', false)).toEqual({ title: 'Flashcards (B)', 'aria-keyshortcuts': 'B' });
    expect(keyHint('app.palette', 'Show all commands', false)).toEqual({ title: 'Show all commands (Ctrl+K, Ctrl+Shift+P)', 'aria-keyshortcuts': 'Control+K Control+Shift+P' });
    expect(keyHint('highlights.highlight', 'Highlight', true)).toEqual({ title: 'Highlight (Cmd+Shift+H)', 'aria-keyshortcuts': 'Meta+Shift+H' });
  });

  it('give a control whose action has no key only its label', () => {
    expect(keyHint('app.backups', 'Backups', false)).toEqual({ title: 'Backups' });
  });

  it('refuse an action that does not exist, so a renamed action leaves no stale hint', () => {
    expect(() => keyHint('cards.browser', 'Flashcards')).toThrow('No action cards.browser');
  });

  it('show every key of an action as people read it', () => {
    expect(keysOf(actionById('highlights.delete')!, false)).toEqual(['Delete', 'Backspace']);
    expect(keysOf(actionById('editing.stop')!, false)).toEqual(['Esc']);
  });

  it('name an action’s keys in words for a sentence', () => {
    expect(keysInWords('highlights.delete', false)).toBe('Delete or Backspace');
    expect(keysInWords('highlights.noteDone', true)).toBe('Cmd+Enter');
    expect(() => keysInWords('nothing.here')).toThrow('No action nothing.here');
  });
});
