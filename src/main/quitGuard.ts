/** The part of Electron's `app` the quit guard needs, so tests can pass a fake. */
export interface QuittableApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  exit(code?: number): void;
}

/**
 * Makes quitting wait for `close` (pending writes flushed, data-directory
 * lock released): the first `before-quit` is held back while it runs, later
 * ones are swallowed, and the app then exits — 0 if closing worked, 1 if not.
 * `app.exit` skips `before-quit`, so this cannot loop.
 */
export function closeBeforeQuit(app: QuittableApp, close: () => Promise<void>): void {
  let closing = false;
  app.on('before-quit', (event) => {
    event.preventDefault();
    if (closing) return;
    closing = true;
    close().then(
      () => app.exit(0),
      (error: unknown) => {
        console.error('Gloss could not close its data cleanly:', error);
        app.exit(1);
      },
    );
  });
}
