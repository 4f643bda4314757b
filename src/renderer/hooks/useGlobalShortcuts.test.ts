import { describe, expect, it } from 'vitest';
import { keyName } from './useGlobalShortcuts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  keyName({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('keyName', () => {
  it('names letters in lower case, with Mod for Ctrl or Cmd', () => {
    expect(press('j')).toBe('j');
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('Mod+Shift+z');
    expect(press('h', { metaKey: true, shiftKey: true })).toBe('Mod+Shift+h');
  });
  it('leaves Shift out of symbols it already produced', () => {
    expect(press('?', { shiftKey: true })).toBe('?');
    expect(press('1')).toBe('1');
  });
  it('names special keys as the browser does', () => {
    expect(press('Enter')).toBe('Enter');
    expect(press('Delete')).toBe('Delete');
    expect(press('Tab', { shiftKey: true })).toBe('Shift+Tab');
  });
});
