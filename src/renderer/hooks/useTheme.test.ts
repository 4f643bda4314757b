import { describe, expect, it } from 'vitest';
import { nextThemePreference, resolveTheme } from './useTheme';

/** What the window shows after pressing the theme key from a preference, on a system in a theme. */
const shownAfterPress = (current: 'system' | 'light' | 'dark', system: 'light' | 'dark') =>
  resolveTheme(nextThemePreference(current, system), system === 'dark');

describe('nextThemePreference', () => {
  it('turns the opposite of the system on from System, so the first press changes what is shown', () => {
    expect(nextThemePreference('system', 'light')).toBe('dark');
    expect(nextThemePreference('system', 'dark')).toBe('light');
  });

  it('goes back to following the system when the system shows the theme wanted', () => {
    expect(nextThemePreference('dark', 'light')).toBe('system');
    expect(nextThemePreference('light', 'dark')).toBe('system');
  });

  it('flips an explicit choice that matches the system to the other theme', () => {
    expect(nextThemePreference('light', 'light')).toBe('dark');
    expect(nextThemePreference('dark', 'dark')).toBe('light');
  });

  it('always changes the theme shown', () => {
    for (const system of ['light', 'dark'] as const) {
      for (const current of ['system', 'light', 'dark'] as const) {
        expect(shownAfterPress(current, system)).not.toBe(resolveTheme(current, system === 'dark'));
      }
    }
  });
});
