import { parentPort } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { startWorker, type WorkerEntry } from './runWorker';

/** A request to a service worker, numbered so its answer finds its caller. */
interface RequestMessage<Request> {
  id: number;
  request: Request;
}

/** A service worker's answer to one request. */
type ResponseMessage<Response> = { id: number; ok: true; response: Response } | { id: number; ok: false; message: string };

interface Pending<Response> {
  resolve: (response: Response) => void;
  reject: (error: Error) => void;
}

/**
 * A worker thread that stays up and answers requests, one at a time and in
 * the order sent (unlike runWorker's one-shot work): state that is costly to
 * build, such as the search index, lives in it, off the event loop that
 * serves the app. The thread starts with the first request; if it dies,
 * pending requests fail, `onLost` is told, and the next request starts a new one.
 */
export class WorkerService<Request, Response> {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending<Response>>();

  constructor(
    private readonly entry: WorkerEntry,
    private readonly onLost: (reason: Error) => void = () => undefined,
  ) {}

  /** Sends a request; resolves with the worker's answer, rejects with its error. */
  request(request: Request): Promise<Response> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, request } satisfies RequestMessage<Request>);
    });
  }

  /** Stops the thread; pending requests fail. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error(`${this.entry.label} stopped.`));
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker(this.entry, {});
    worker.on('message', (message: ResponseMessage<Response>) => {
      const caller = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) caller?.resolve(message.response);
      else caller?.reject(new Error(message.message));
    });
    const lost = (reason: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(reason);
      this.onLost(reason);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`${this.entry.label} stopped unexpectedly (the worker exited with code ${code}).`)));
    return worker;
  }

  private failAll(reason: Error): void {
    for (const caller of this.pending.values()) caller.reject(reason);
    this.pending.clear();
  }
}

/** The body of a service worker: answers each request with `handle`, in order. */
export function serveRequests<Request, Response>(handle: (request: Request) => Response): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', ({ id, request }: RequestMessage<Request>) => {
    let answer: ResponseMessage<Response>;
    try {
      answer = { id, ok: true, response: handle(request) };
    } catch (error) {
      answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
  });
}
