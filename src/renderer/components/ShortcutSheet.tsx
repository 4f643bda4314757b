import type { Action, ActionContext } from '../../shared/actions';
import { actionHost } from '../actions/actionHost';
import { keysOf } from '../actions/keyHints';
import { shortcutTables } from '../actions/shortcutTables';
import { useModalDialog } from '../hooks/useModalDialog';
import { glossStore, useGloss } from '../store/useGloss';

/** A row's words: the action's title, or its name for the context where it has one (a colour's name). */
function rowTitle(action: Action, context: ActionContext | null): string {
  return action.label && context ? action.label(context) : action.title;
}

/** The keyboard-shortcut sheet, generated from the action list: a modal dialog (Esc or the button closes it). */
export function ShortcutSheet() {
  const open = useGloss((s) => s.dialog === 'shortcuts');
  const dialog = useModalDialog(open);
  const close = (): void => glossStore.getState().closeDialog('shortcuts');
  const context = open ? actionHost.context('reading') : null;
  return (
    <dialog ref={dialog} className="sheet" aria-labelledby="shortcut-sheet-title" onClose={close}>
      <header className="sheet-header">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="icon-button" onClick={close} aria-label="Close keyboard shortcuts">
          ✕
        </button>
      </header>
      {/* A tab stop of its own, so the list can be scrolled from the keyboard (arrows, Page Down). */}
      <div className="shortcut-groups" tabIndex={0} role="region" aria-label="Shortcut list">
        {open &&
          shortcutTables().map((table) => (
            <table key={table.title} className="shortcut-table">
              <caption>{table.title}</caption>
              <tbody>
                {table.actions.map((action) => (
                  <tr key={action.id}>
                    <td>
                      {keysOf(action).map((key) => (
                        <kbd key={key}>{key}</kbd>
                      ))}
                    </td>
                    <td>{rowTitle(action, context)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </div>
    </dialog>
  );
}
