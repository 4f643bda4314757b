import type { AppView } from '../../shared/actions';
import { keyHint } from '../actions/keyHints';

const VIEWS: { view: AppView; label: string; action: string }[] = [
  { view: 'read', label: 'Read', action: 'reading.focusText' },
  { view: 'cards', label: 'Flashcards', action: 'cards.browse' },
  { view: 'review', label: 'Review', action: 'cards.review' },
];

/** Switches between reading, browsing cards and reviewing (also R, B and F). */
export function ViewSwitch({ view, onChange }: { view: AppView; onChange: (view: AppView) => void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.map((entry) => (
        <button key={entry.view} type="button" aria-pressed={view === entry.view} onClick={() => onChange(entry.view)} {...keyHint(entry.action, entry.label)}>
          {entry.label}
        </button>
      ))}
    </nav>
  );
}
