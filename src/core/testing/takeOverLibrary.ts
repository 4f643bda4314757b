/**
 * A second Gloss for the paused-writer tests: takes over a data directory
 * whose lock went stale (its folder is removed, as proper-lockfile does for
 * a stale lock), opens it as Gloss does at start, saves one highlight and
 * closes. Prints the highlight's id. Usage:
 * node --import tsx takeOverLibrary.ts DATA_DIR RESOURCES_DIR DOCUMENT_ID
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openCore } from '../openCore';

const [dataDir, resourcesDir, documentId] = process.argv.slice(2);
if (!dataDir || !resourcesDir || !documentId) throw new Error('takeOverLibrary needs a data directory, the resources and a document id');
await rm(join(dataDir, 'gloss.lock'), { recursive: true, force: true });
const core = await openCore({ dataDir, resourcesDir, version: 'newcomer' });
await core.call('annotation:create', { documentId, textVersion: 1, start: 40, end: 52, color: 'c3', id: 'ann-newcomer' });
await core.close();
console.log('ann-newcomer');
