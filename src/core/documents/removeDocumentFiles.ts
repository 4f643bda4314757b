import { join } from 'node:path';
import { reviewLogPath } from '../cards/reviewLog';
import { removeIfAllowed } from '../storage/writeFence';
import { documentFilePath } from './documentFile';
import { removeNoteFiles } from './noteFileLayout';

/**
 * Removes every file of one document: its data file, review log, notes and
 * texts. Each is tried whatever became of the others (a file never written
 * is no error), so a document half made by a failed create leaves nothing.
 */
export async function removeDocumentFiles(dataDir: string, id: string): Promise<void> {
  await removeIfAllowed(documentFilePath(dataDir, id)).catch(() => undefined);
  await removeIfAllowed(reviewLogPath(dataDir, id)).catch(() => undefined);
  await removeNoteFiles(dataDir, id).catch(() => undefined);
  await removeIfAllowed(join(dataDir, 'texts', id), { recursive: true }).catch(() => undefined);
}
