import { actionById } from '../../shared/actions';
import type { ThemePreference } from '../../shared/contract';
import { keysOf } from '../actions/keyHints';

const OPTIONS: { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'system', label: 'System', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

/** The key that switches the theme, from the action list. */
const THEME_KEYS = keysOf(actionById('app.theme')!).join(', ');

/** Three-way theme choice; the pressed button is the current preference. */
export function ThemeSwitch({ value, onChange }: { value: ThemePreference; onChange: (value: ThemePreference) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Theme">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={value === option.value}
          aria-label={`${option.label} theme`}
          title={`${option.label} theme (${THEME_KEYS} switches light and dark)`}
          onClick={() => onChange(option.value)}
        >
          <span aria-hidden="true">{option.icon}</span>
        </button>
      ))}
    </div>
  );
}
