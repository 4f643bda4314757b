import type { Action, ActionContext } from '../../shared/actions';
import { actionHost } from '../actions/actionHost';
import { keysOf } from '../actions/keyHints';
import { shortcutTables } from '../actions/shortcutTables';
import { Sheet } from './Sheet';

/** A row's words: the action's title, or its name for the context where it has one (a colour's name). */
function rowTitle(action: Action, context: ActionContext | null): string {
  return action.label && context ? action.label(context) : action.title;
}

/** The keyboard-shortcut sheet, generated from the action list: a modal dialog (Esc or the button closes it). */
export function ShortcutSheet() {
  return (
    <Sheet name="shortcuts" title="Keyboard shortcuts" closeLabel="Close keyboard shortcuts">
      {() => <ShortcutTables context={actionHost.context('reading')} />}
    </Sheet>
  );
}

/** Every action that has a key, in one table per area. */
function ShortcutTables({ context }: { context: ActionContext | null }) {
  // A tab stop of its own, so the list can be scrolled from the keyboard (arrows, Page Down).
  return (
    <div className="shortcut-groups" tabIndex={0} role="region" aria-label="Shortcut list">
      {shortcutTables().map((table) => (
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
  );
}
