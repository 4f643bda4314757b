import { ACTION_GROUPS, ACTIONS, type Action } from '../../shared/actions';

/** The shortcut sheet's tables: every action with keys, by group, in the action list's order. */
export function shortcutTables(actions: readonly Action[] = ACTIONS): { title: string; actions: Action[] }[] {
  return ACTION_GROUPS.map((group) => ({ title: group.title, actions: actions.filter((action) => action.group === group.id && action.keys.length > 0) })).filter(
    (table) => table.actions.length > 0,
  );
}
