import type { AppView } from '../../shared/actions';
import { keyHint } from '../actions/keyHints';

const VIEWS: { view: AppView; label: string; action: string; needsDocument: boolean }[] = [
  { view: 'read', label: 'Read', action: 'reading.focusText', needsDocument: true },
  { view: 'cards', label: 'Flashcards', action: 'cards.browse', needsDocument: true },
  { view: 'review', label: 'Review', action: 'cards.review', needsDocument: true },
  { view: 'library', label: 'All documents', action: 'library.show', needsDocument: false },
  { view: 'tags', label: 'Tags', action: 'tags.show', needsDocument: false },
];

/** Switches between reading, browsing cards, reviewing, the library view and the codebook (also R, B, F, Mod+Shift+L and Mod+Shift+K); only the last two without a document. */
export function ViewSwitch({ view, hasDocument, onChange }: { view: AppView; hasDocument: boolean; onChange: (view: AppView) => void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.filter((entry) => hasDocument || !entry.needsDocument).map((entry) => (
        <button key={entry.view} type="button" aria-pressed={view === entry.view} onClick={() => onChange(entry.view)} {...keyHint(entry.action, entry.label)}>
          {entry.label}
        </button>
      ))}
    </nav>
  );
}
