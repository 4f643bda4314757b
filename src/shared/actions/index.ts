import { appActions } from './app';
import { cardActions } from './cards';
import { editingActions } from './editing';
import { exportActions } from './exporting';
import { findActions } from './find';
import { highlightActions } from './highlights';
import type { Chord } from './keys';
import { libraryActions } from './library';
import { readingActions } from './reading';
import { reviewActions } from './review';
import { tagActions } from './tags';
import { searchActions } from './search';
import type { Action, ActionContext, ActionGroup, KeyContext } from './types';

export type * from './surfaces';
export type * from './types';
export { acceleratorOf, ariaChord, chordOf, formatChord, hasCommandModifier, type Chord, type KeyPress } from './keys';

/**
 * Every user command, grouped by feature. The keyboard dispatcher, the
 * shortcut sheet, the palette, tooltips and the desktop menus all read this
 * list: adding a command means adding it to its feature's file.
 */
export const ACTIONS: readonly Action[] = [...libraryActions, ...exportActions, ...searchActions, ...tagActions, ...readingActions, ...findActions, ...highlightActions, ...cardActions, ...reviewActions, ...editingActions, ...appActions];

/** The groups in the order the shortcut sheet and the menu bar show them, with their names. */
export const ACTION_GROUPS: readonly { id: ActionGroup; title: string }[] = [
  { id: 'library', title: 'Library' },
  { id: 'tags', title: 'Tags' },
  { id: 'reading', title: 'Reading' },
  { id: 'highlights', title: 'Highlights' },
  { id: 'cards', title: 'Flashcards' },
  { id: 'review', title: 'Review' },
  { id: 'editing', title: 'Editing the text' },
  { id: 'app', title: 'App' },
];

const byId = new Map(ACTIONS.map((action) => [action.id, action]));

/** The action with this id, or undefined (an id from outside, such as the menu, is not trusted to exist). */
export function actionById(id: string): Action | undefined {
  return byId.get(id);
}

/** The action a chord means in a context, whether or not it applies right now; native keys are left to where they are pressed. */
export function actionForKey(where: KeyContext, chord: Chord, actions: readonly Action[] = ACTIONS): Action | undefined {
  return actions.find((action) => !action.native && action.contexts.includes(where) && action.keys.includes(chord));
}

/** Pairs of actions bound to the same chord in the same context, described for a failing test ('j in reading: a, b'). */
export function keyConflicts(actions: readonly Action[] = ACTIONS): string[] {
  const owners = new Map<string, string[]>();
  for (const action of actions) {
    for (const where of action.contexts) {
      for (const chord of action.keys) {
        const slot = `${chord} in ${where}`;
        owners.set(slot, [...(owners.get(slot) ?? []), action.id]);
      }
    }
  }
  return [...owners].filter(([, ids]) => ids.length > 1).map(([slot, ids]) => `${slot}: ${ids.join(', ')}`);
}

/** The title an action shows in menus and, without a context, in the palette: its short title, else its title. */
export function menuTitle(action: Action): string {
  return action.short ?? action.title;
}

/** The title an action shows in the palette: named for the context (a colour's name) where it depends on it. */
export function actionLabel(action: Action, context: ActionContext): string {
  return action.label?.(context) ?? menuTitle(action);
}
