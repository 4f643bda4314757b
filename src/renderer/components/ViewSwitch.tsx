/** The three things Gloss shows: the reader, the card browser, and review. */
export type AppView = 'read' | 'cards' | 'review';

const VIEWS: { view: AppView; label: string; key: string }[] = [
  { view: 'read', label: 'Read', key: 'R' },
  { view: 'cards', label: 'Flashcards', key: 'B' },
  { view: 'review', label: 'Review', key: 'F' },
];

/** Switches between reading, browsing cards and reviewing (also R, B and F). */
export function ViewSwitch({ view, onChange }: { view: AppView; onChange: (view: AppView) => void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.map((entry) => (
        <button key={entry.view} type="button" aria-pressed={view === entry.view} onClick={() => onChange(entry.view)} title={`${entry.label} (${entry.key})`}>
          {entry.label}
        </button>
      ))}
    </nav>
  );
}
