import { describe, expect, it } from 'vitest';
import { acceleratorOf, ariaChord, chordOf, formatChord, hasCommandModifier } from './keys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  chordOf({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('chordOf', () => {
  it('names letters in lower case, with Mod for Ctrl or Cmd', () => {
    expect(press('j')).toBe('j');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('Mod+Shift+z');
    expect(press('h', { metaKey: true, shiftKey: true })).toBe('Mod+Shift+h');
    expect(press('K', { shiftKey: true })).toBe('Shift+k');
  });
  it('leaves Shift out of symbols it already produced', () => {
    expect(press('?', { shiftKey: true })).toBe('?');
    expect(press('1')).toBe('1');
  });
  it('names special keys as the browser does, and the space bar Space', () => {
    expect(press('Enter')).toBe('Enter');
    expect(press('Delete')).toBe('Delete');
    expect(press('Tab', { shiftKey: true })).toBe('Shift+Tab');
    expect(press(' ')).toBe('Space');
    expect(press(' ', { shiftKey: true })).toBe('Shift+Space');
  });
});

describe('showing a chord', () => {
  it('reads as people write keys, Cmd on a Mac', () => {
    expect(formatChord('Mod+Shift+h')).toBe('Ctrl+Shift+H');
    expect(formatChord('Mod+Shift+h', true)).toBe('Cmd+Shift+H');
    expect(formatChord('Escape')).toBe('Esc');
    expect(formatChord('?')).toBe('?');
    expect(formatChord('Shift+Space')).toBe('Shift+Space');
  });
  it('fills aria-keyshortcuts with the names ARIA expects', () => {
    expect(ariaChord('Mod+k')).toBe('Control+K');
    expect(ariaChord('Mod+k', true)).toBe('Meta+K');
    expect(ariaChord('Escape')).toBe('Escape');
    expect(ariaChord('j')).toBe('J');
  });
  it('turns into Electron accelerators', () => {
    expect(acceleratorOf('Mod+Shift+h')).toBe('CmdOrCtrl+Shift+H');
    expect(acceleratorOf('Escape')).toBe('Esc');
    expect(acceleratorOf('Space')).toBe('Space');
    expect(acceleratorOf('?')).toBe('?');
    expect(acceleratorOf('Mod+Home')).toBe('CmdOrCtrl+Home');
  });
  it('tells chords that cannot be typed from those that can', () => {
    expect(hasCommandModifier('Mod+k')).toBe(true);
    expect(hasCommandModifier('Shift+Space')).toBe(false);
    expect(hasCommandModifier('j')).toBe(false);
  });
});
