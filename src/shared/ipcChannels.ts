import type { EventName } from './contract';

/**
 * The IPC wire between main and preload. Calls travel on a channel named
 * after their contract method (`library:list`, …); pushed events share this
 * one channel, so the preload listens once and dispatches by name.
 */
export const EVENT_CHANNEL = 'gloss:event';

/** What travels on EVENT_CHANNEL. */
export interface EventMessage {
  event: EventName;
  payload: unknown;
}
