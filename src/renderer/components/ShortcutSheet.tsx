import { useModalDialog } from '../hooks/useModalDialog';
import { SHORTCUT_GROUPS } from './shortcuts';

/** The keyboard-shortcut sheet: a modal dialog (Esc or the button closes it). */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose}>
      <header className="sheet-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close keyboard shortcuts">
          ✕
        </button>
      </header>
      {/* A tab stop of its own, so the list can be scrolled from the keyboard (arrows, Page Down). */}
      <div className="shortcut-groups" tabIndex={0} role="region" aria-label="Shortcut list">
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group.title} className="shortcut-table">
            <caption>{group.title}</caption>
            <tbody>
              {group.shortcuts.map(({ keys, action }) => (
                <tr key={action}>
                  <td>
                    {keys.map((key) => (
                      <kbd key={key}>{key}</kbd>
                    ))}
                  </td>
                  <td>{action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </dialog>
  );
}
