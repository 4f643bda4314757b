import { mkdir } from 'node:fs/promises';
import type { CoreContext } from './context';
import { dispatch, type AllHandlers } from './dispatch';
import { DocumentRepository } from './documents/documentRepository';
import { EventBus } from './events';
import { seedFirstLaunch } from './firstLaunch';
import { annotationHandlers } from './annotations/annotationHandlers';
import { cardDeletionHandlers } from './cards/cardDeletionHandlers';
import { cardHandlers } from './cards/cardHandlers';
import { generationHandlers } from './cards/generationHandlers';
import { reviewHandlers } from './cards/reviewHandlers';
import { appHandlers } from './handlers/appHandlers';
import { categoryHandlers } from './handlers/categoryHandlers';
import { libraryHandlers } from './handlers/libraryHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { textHandlers } from './handlers/textHandlers';
import { openLibraryFile } from './library/libraryFile';
import { NoticeBoard } from './notices';
import { lockDataDir } from './storage/dataDirLock';

export interface CoreOptions {
  dataDir: string;
  /** Folder holding the bundled files (interview.txt). */
  resourcesDir: string;
  version: string;
  now?: () => Date;
  /** Called if the data-directory lock is lost while running (e.g. the directory vanished). */
  onLockLost?: (error: Error) => void;
}

/** The Electron-free application core that every door talks to. */
export interface Core {
  readonly dataDir: string;
  readonly events: EventBus;
  /** Runs a contract method with untrusted params (validated here). */
  call(method: unknown, params: unknown): Promise<unknown>;
  /** Finishes pending writes and releases the data directory. */
  close(): Promise<void>;
}

/** An open data directory, for the core and for tools (CLI, benchmarks) that work below the API. */
export interface OpenDataDir {
  ctx: CoreContext;
  close(): Promise<void>;
}

/** Takes a data directory's lock, reads or recovers its library and seeds the first launch. */
export async function openDataDir(options: CoreOptions): Promise<OpenDataDir> {
  const now = options.now ?? (() => new Date());
  await mkdir(options.dataDir, { recursive: true });
  const lock = await lockDataDir(options.dataDir, { onCompromised: options.onLockLost });
  try {
    const events = new EventBus();
    const notices = new NoticeBoard(events, now);
    const opened = await openLibraryFile(options.dataDir, now);
    for (const message of opened.notices) notices.raise('warning', message);
    const library = opened.db;
    const documents = new DocumentRepository(
      options.dataDir,
      now,
      (message) => notices.raise('warning', message),
      (id) => library.data.documents.find((doc) => doc.id === id),
    );
    const ctx: CoreContext = { dataDir: options.dataDir, version: options.version, library, documents, events, notices, now };
    await seedFirstLaunch(ctx, options.resourcesDir);
    let closed = false;
    return {
      ctx,
      close: async () => {
        if (closed) return;
        closed = true;
        await Promise.all([opened.adapter.flush(), documents.flush()]);
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Opens the core on a data directory: the one object every door talks to. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const { ctx, close } = await openDataDir(options);
  const handlers: AllHandlers = {
    ...annotationHandlers(ctx),
    ...appHandlers(ctx),
    ...cardHandlers(ctx),
    ...cardDeletionHandlers(ctx),
    ...generationHandlers(ctx),
    ...reviewHandlers(ctx),
    ...categoryHandlers(ctx),
    ...libraryHandlers(ctx),
    ...settingsHandlers(ctx),
    ...textHandlers(ctx),
  };
  return {
    dataDir: ctx.dataDir,
    events: ctx.events,
    call: (method, params) => dispatch(handlers, method, params),
    close,
  };
}
