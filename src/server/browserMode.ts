import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { openCore, type Core } from '../core/openCore';
import type { ConnectionLimits } from './connectionLimits';
import { createHttpServer } from './createHttpServer';

export interface BrowserModeOptions {
  dataDir: string;
  port: number;
  rendererDir: string;
  resourcesDir: string;
  version: string;
  /** Called once if another Gloss takes the data directory: writes are refused from then on; the caller should close. */
  onLockLost?: (message: string) => void;
  /** Connection limits and timeouts, for tests. */
  limits?: Partial<ConnectionLimits>;
}

export interface RunningBrowserMode {
  /** The address to open, with the launch token in its fragment (never sent to the server by the browser). */
  url: string;
  core: Core;
  /**
   * Answers new requests with 503 and `reason` (by default "Gloss is closing"),
   * finishes the calls under way, flushes pending writes and releases the data directory.
   */
  close(reason?: string): Promise<void>;
}

/** Opens the core on a data directory and serves it with the renderer on 127.0.0.1. */
export async function startBrowserMode(options: BrowserModeOptions): Promise<RunningBrowserMode> {
  const core = await openCore({ dataDir: options.dataDir, resourcesDir: options.resourcesDir, version: options.version, onLockLost: options.onLockLost });
  const token = randomBytes(24).toString('base64url');
  const { server, shutdown } = createHttpServer({ core, rendererDir: options.rendererDir, token, limits: options.limits });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    core,
    close: (reason) => {
      closing ??= (async () => {
        await shutdown(reason);
        await core.close();
      })();
      return closing;
    },
  };
}
