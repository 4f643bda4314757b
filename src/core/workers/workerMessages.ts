import { parentPort, workerData } from 'node:worker_threads';

/** What a worker posts to its parent (see runWorker). */
export type WorkerMessage<Result> =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; result: Result }
  /** The input cannot be used, for a reason meant for the user. */
  | { kind: 'refused'; message: string }
  | { kind: 'error'; message: string };

/**
 * The body of a worker thread: runs `work` on the input it was started with
 * and posts progress, then the result or the error. An error that
 * `isRefusal` accepts is posted as a refusal, its message shown to the user.
 */
export function serveWorker<Input, Result>(
  work: (input: Input, onProgress: (done: number, total: number) => void) => Result | Promise<Result>,
  isRefusal: (error: unknown) => boolean = () => false,
): void {
  const port = parentPort;
  if (!port) return;
  const post = (message: WorkerMessage<Result>): void => port.postMessage(message);
  Promise.resolve()
    .then(() => work(workerData as Input, (done, total) => post({ kind: 'progress', done, total })))
    .then(
      (result) => post({ kind: 'done', result }),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        post(isRefusal(error) ? { kind: 'refused', message } : { kind: 'error', message });
      },
    );
}
