import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../openCore';

/** The bundled files (interview.txt) that a first launch adds. */
export const TEST_RESOURCES_DIR = join(import.meta.dirname, '..', '..', '..', 'resources');

/** Opens the core on a data directory, as a test's Gloss launch does. */
export function openTestCore(dataDir: string): Promise<Core> {
  return openCore({ dataDir, resourcesDir: TEST_RESOURCES_DIR, version: 't' });
}

/** A core on a new data directory after its first launch, with the id of the interview it added. */
export async function openFreshCore(prefix: string): Promise<{ core: Core; dataDir: string; documentId: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), `gloss-${prefix}-`)), 'data');
  const core = await openTestCore(dataDir);
  const documentId = (await core.call('library:list', {})).documents[0]!.id;
  return { core, dataDir, documentId };
}
