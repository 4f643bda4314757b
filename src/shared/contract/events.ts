import { z } from 'zod';
import { CategoryId } from './annotations';
import { DocumentId } from './common';

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
  /** One document's data changed outside the current view. */
  'document:changed': z.strictObject({ id: DocumentId }),
  /** A notice was raised; the renderer re-reads app:status. */
  'app:notice': z.strictObject({ id: z.string() }),
  /** The desktop context menu asked to highlight the selection (null: in the current colour). */
  'command:highlight': z.strictObject({ color: CategoryId.nullable() }),
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
