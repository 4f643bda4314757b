import type { ServerResponse } from 'node:http';

/** The API replies not yet sent, so shutdown can wait for them. */
export class ResponsesUnderWay {
  private readonly open = new Set<ServerResponse>();
  private onEmpty: (() => void) | null = null;

  add(response: ServerResponse): void {
    this.open.add(response);
    response.once('close', () => {
      this.open.delete(response);
      if (this.open.size === 0) this.onEmpty?.();
    });
  }

  /** Resolves once every reply is sent (or its client has gone), or after `limitMs` at most. */
  settled(limitMs: number): Promise<void> {
    if (this.open.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, limitMs);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.onEmpty = done;
    });
  }
}
