import type { EventListener, EventMap, EventName } from '../shared/contract';

/** The core's typed event bus; each door forwards what it emits to its renderer. */
export class EventBus {
  private readonly listeners = new Set<(event: EventName, payload: unknown) => void>();

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Listens to every event; returns the function that stops listening. */
  onAny(listener: (event: EventName, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens to one event; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void {
    return this.onAny((name, payload) => {
      if (name === event) listener(payload as EventMap[E]);
    });
  }
}
