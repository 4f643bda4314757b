import { z } from 'zod';
import { Notice } from './app';

/** Events the core pushes to the renderer, each with its payload schema. */
export const eventSchemas = {
  /** Progress of long work (imports, card generation); done === total when finished. */
  'task:progress': z.strictObject({
    taskId: z.string(),
    label: z.string(),
    done: z.number().min(0),
    total: z.number().min(0),
  }),
  /** The list of documents changed (added, removed, renamed). */
  'library:changed': z.strictObject({}),
  /** A notice was raised. It travels whole, so a window can show it even if its Gloss is closing and answers no more calls. */
  'app:notice': Notice,
  /** The desktop menu or context menu asked to run an action of the renderer's action list (src/shared/actions). */
  'action:run': z.strictObject({ id: z.string().min(1).max(100) }),
  /** The operating system handed the running app a gloss:// link (clicked in an exported note); the window checks it before following it. */
  'link:open': z.strictObject({ address: z.string().max(2048) }),
};

export type EventMap = { [E in keyof typeof eventSchemas]: z.infer<(typeof eventSchemas)[E]> };
export type EventName = keyof EventMap;
export type EventListener<E extends EventName> = (payload: EventMap[E]) => void;

/** Whether an untrusted string names a pushed event. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(eventSchemas, name);
}

/** The renderer's view of a door: the typed calls plus an event subscription. */
export interface EventSubscriber {
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}
