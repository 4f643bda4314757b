import type { Core } from '../../core/openCore';

/** How commands reach a library: injected, so tests may point them anywhere. */
export interface LibraryAccess {
  /** A core over a read-only snapshot of the library: works while Gloss runs, and never writes `dataDir`. */
  forReading(dataDir: string): Promise<Core>;
  /** A core on the library itself, holding its lock; refused, naming the holder, while another Gloss has it. `command` is named in that message. */
  forWriting(dataDir: string, command: string): Promise<Core>;
}

/** What the core needs besides its data directory. */
export interface CoreSettings {
  /** Folder holding the bundled files (interview.txt). */
  resourcesDir: string;
  version: string;
}

/**
 * The real access: read commands through a snapshot, write commands under
 * the lock. The core is loaded on first use, so `gloss --help` and
 * `gloss cards` do not wait for it.
 */
export function coreLibraryAccess(settings: CoreSettings): LibraryAccess {
  return {
    forReading: async (dataDir) => (await import('./openReadOnlySnapshot')).openReadOnlySnapshot(dataDir, settings),
    forWriting: async (dataDir, command) => (await import('./openForWriting')).openForWriting(dataDir, command, settings),
  };
}

/** Runs `work` on an opened core and closes it afterwards, whatever happens. */
export async function withCore<T>(opening: Promise<Core>, work: (core: Core) => Promise<T>): Promise<T> {
  const core = await opening;
  try {
    return await work(core);
  } finally {
    await core.close();
  }
}
