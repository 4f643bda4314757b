import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import type { CoreContext } from '../context';
import { BACKUP_MARKER_FILE, type BackupMarker } from './backupArchive';
import { backupCounts } from './backupCounts';
import { backupsDir, MANIFEST_FILE, type SnapshotManifest } from './snapshotManifest';
import { takeSnapshot } from './takeSnapshot';
import { writeZip } from '../zip/writeZip';

/**
 * The whole library as one backup file: a snapshot is taken (so every file
 * in it was read back and parsed), its files are zipped with their manifest,
 * and its highlights and cards are counted in the document files it copied.
 * Fast deflate: texts and review logs are most of the bytes, and level 1
 * packs them nearly as well as level 6 in a fraction of the time.
 */
export async function writeBackupFile(ctx: CoreContext): Promise<{ bytes: Uint8Array; manifest: SnapshotManifest; counts: { highlights: number; cards: number } }> {
  await ctx.library.settled();
  await ctx.documents.flush();
  const documentFiles: unknown[] = [];
  const manifest = await takeSnapshot(ctx.dataDir, ctx.now(), 'backup-file', { onDocumentKept: (file) => documentFiles.push(file) });
  const dir = join(backupsDir(ctx.dataDir), manifest.id);
  const marker: BackupMarker = { format: 'gloss-backup', formatVersion: 1, createdAt: manifest.takenAt, glossVersion: ctx.version };
  const entries: Record<string, Uint8Array> = {
    [BACKUP_MARKER_FILE]: strToU8(JSON.stringify(marker)),
    [MANIFEST_FILE]: await readFile(join(dir, MANIFEST_FILE)),
  };
  for (const file of manifest.files) entries[file] = await readFile(join(dir, ...file.split('/')));
  return { bytes: await writeZip(entries, 1), manifest, counts: backupCounts(documentFiles) };
}
