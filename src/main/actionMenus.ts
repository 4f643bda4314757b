import type { MenuItemConstructorOptions } from 'electron';
import { ACTION_GROUPS, ACTIONS, acceleratorOf, hasCommandModifier, menuTitle, type Action } from '../shared/actions';
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipcChannels';

/** Where a menu sends the id of the action chosen: the window's renderer runs it if it applies there. */
export type SendAction = (id: string, target?: ActionRecipient | null) => void;

/** A window's contents, which the chosen action's id is sent to. */
export interface ActionRecipient {
  send(channel: string, message: EventMessage): void;
}

/** Sends an action's id to a renderer, as the event its preload delivers to the page. */
export function sendActionTo(target: ActionRecipient | null | undefined, id: string): void {
  target?.send(EVENT_CHANNEL, { event: 'action:run', payload: { id } });
}

/**
 * A menu item for an action, showing its first key. The key is only shown
 * (not registered): the renderer's dispatcher decides what a key means where
 * it is pressed, so J still types a J in a note. On a Mac, where a menu key
 * cannot be shown without taking it, only chords with Cmd or Alt are shown.
 */
export function actionMenuItem(action: Action, send: (id: string) => void, platform: NodeJS.Platform, label = menuTitle(action)): MenuItemConstructorOptions {
  const chord = action.keys.find((key) => platform !== 'darwin' || hasCommandModifier(key));
  return { id: action.id, label, ...(chord ? { accelerator: acceleratorOf(chord), registerAccelerator: false } : {}), click: () => send(action.id) };
}

/** One menu per group of the action list (Reading, Highlights, Flashcards, Review, Editing the text, App), its items the group's actions. */
export function actionMenus(send: (id: string) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  return ACTION_GROUPS.map((group) => ({
    label: group.title,
    submenu: ACTIONS.filter((action) => action.group === group.id && !action.native).map((action) => actionMenuItem(action, send, platform)),
  }));
}
