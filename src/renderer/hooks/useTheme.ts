import { useEffect } from 'react';
import type { ThemePreference } from '../../shared/contract';
import { useMediaQuery } from './useMediaQuery';

type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme actually shown: the preference, or the system's when it is 'system'. */
export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** Applies the theme to <html data-theme>, following system changes live; returns what is shown and what the system shows. */
export function useAppliedTheme(preference: ThemePreference): { theme: Theme; system: Theme } {
  const systemDark = useMediaQuery(DARK_QUERY);
  const theme = resolveTheme(preference, systemDark);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  return { theme, system: systemDark ? 'dark' : 'light' };
}

/**
 * The preference after one press of the theme key. Every press flips what is shown, so the first one
 * never looks like a no-op (System → Light on a light system would); when the system already shows
 * the theme wanted, the preference goes back to following the system.
 */
export function nextThemePreference(current: ThemePreference, system: Theme): ThemePreference {
  const shown = resolveTheme(current, system === 'dark');
  const wanted: Theme = shown === 'dark' ? 'light' : 'dark';
  return wanted === system ? 'system' : wanted;
}
