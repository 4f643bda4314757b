import { AnnotationViewCache } from './annotations/annotationViewCache';
import type { CoreContext } from './context';
import { coreHandlers } from './coreHandlers';
import { dispatch } from './dispatch';
import type { EventBus } from './events';
import { seedFirstLaunch } from './firstLaunch';
import { emptyExpiredTrash } from './library/trashHandlers';
import { RunningTasks } from './tasks/runningTasks';
import { LibrarySearch } from './search/librarySearch';
import { openStores, type OpenStores } from './openStores';
import { lockDataDir, type DataDirLock } from './storage/dataDirLock';
import { fenceWrites, unfenceWrites } from './storage/writeFence';
import { prepareDataDir } from './storage/prepareDataDir';
import { CallGate, LOCK_LOST_MESSAGE } from './callGate';
import { contract, isMethodName, type MethodName, type MethodParams, type MethodResult } from '../shared/contract';

export interface CoreOptions {
  dataDir: string;
  /** Folder holding the bundled files (interview.txt). */
  resourcesDir: string;
  version: string;
  now?: () => Date;
  /**
   * Called once if the data-directory lock is lost while running (another
   * Gloss took it, or it could not be refreshed). The core already refuses
   * every call that writes; the door should show `message` and close.
   */
  onLockLost?: (message: string) => void;
}

/** The Electron-free application core that every door talks to. */
export interface Core {
  readonly dataDir: string;
  readonly events: EventBus;
  /**
   * Runs a contract method. Params are validated here whoever calls, so the
   * doors pass what they received as it is (the untyped form); callers in
   * this process (CLI, tests, benchmarks) get the method's own types.
   */
  call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodResult<M>>;
  call(method: unknown, params: unknown): Promise<unknown>;
  /** Refuses new calls, lets those under way finish, flushes pending writes and releases the data directory. */
  close(): Promise<void>;
}

/** An open data directory, for the core and for tools (CLI, benchmarks) that work below the API. */
export interface OpenDataDir {
  ctx: CoreContext;
  /** Admits calls: writes only while this process holds the lock, nothing once closing. */
  gate: CallGate;
  /** Closes; `beforeFlush` runs once the calls under way have ended, while the lock is still held (background work that writes ends there). */
  close(beforeFlush?: () => Promise<void>): Promise<void>;
}

/** Takes a data directory's lock, reads or recovers its library and seeds the first launch. */
export async function openDataDir(options: CoreOptions): Promise<OpenDataDir> {
  const now = options.now ?? (() => new Date());
  await prepareDataDir(options.dataDir);
  // Opened once the lock is held; the gate may learn of a lost lock before that.
  let stores: OpenStores | undefined;
  const tellDoor = options.onLockLost ?? ((message: string) => console.error(`Gloss: ${message}`));
  // The gate learns of a lost lock two ways: proper-lockfile reports it, or a write finds another holder's record.
  let lock: DataDirLock | undefined = undefined;
  const gate = new CallGate({
    isStillWriter: () => lock?.isStillHeld() ?? Promise.resolve(false),
    onWriterLost: () => {
      // First of all: nothing more from this process reaches the files, not even writes already queued.
      fenceWrites(options.dataDir);
      void lock?.disown();
      stores?.notices.raise('error', LOCK_LOST_MESSAGE, { keep: false });
      tellDoor(LOCK_LOST_MESSAGE);
    },
  });
  const held = await lockDataDir(options.dataDir, { onCompromised: () => gate.loseWriter() });
  lock = held;
  unfenceWrites(options.dataDir);
  const closing = new AbortController();
  try {
    stores = await openStores(options.dataDir, now);
    const { library, documents, events, notices } = stores;
    const ctx: CoreContext = {
      dataDir: options.dataDir,
      version: options.version,
      library,
      documents,
      annotationViews: new AnnotationViewCache(documents),
      events,
      notices,
      now,
      closing: closing.signal,
      tasks: new RunningTasks(closing.signal),
    };
    await seedFirstLaunch(ctx, options.resourcesDir);
    // Not worth failing a start over: what is not removed today is removed next time.
    await emptyExpiredTrash(ctx).catch((error: unknown) => console.error('Gloss: emptying the Trash of old documents failed:', error));
    let closed: Promise<void> | null = null;
    return {
      ctx,
      gate,
      close: (beforeFlush) =>
        (closed ??= (async () => {
          closing.abort();
          await gate.close();
          // Whatever it throws, the stores are flushed and the lock let go.
          await beforeFlush?.().catch((error: unknown) => console.error('Gloss: closing the background work failed:', error));
          await stores!.close();
          await held.release();
        })()),
    };
  } catch (error) {
    // The text check may have started: it must not restore a text once the lock is let go.
    await stores?.documents.stopTextCheck();
    await held.release();
    throw error;
  }
}

/** Opens the core on a data directory: the one object every door talks to. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { ctx, gate, close } = await openDataDir(options);
  const search = new LibrarySearch(ctx);
  const handlers = coreHandlers(ctx, search);
  return {
    dataDir: ctx.dataDir,
    events: ctx.events,
    // An unknown method counts as a read: dispatch refuses it with its own error.
    call: (method: unknown, params: unknown) => gate.run(isMethodName(method) && !contract[method].readOnly, () => dispatch(handlers, method, params)),
    // The search worker stops once the calls under way have ended (a search among them), and before the lock
    // is let go: it may be saving its index.
    close: () => close(() => search.close()),
  };
}
