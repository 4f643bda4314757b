import { GlossError } from '../../shared/contract';
import { ImportRefusal } from '../import/importedDocument';
import { ZipArchive } from '../import/formats/zip/zipArchive';
import { BACKUP_MARKER_FILE, BACKUP_ZIP_LIMITS, BackupMarker, isBackupPath } from './backupArchive';
import { MANIFEST_FILE, SnapshotManifest } from './snapshotManifest';

/** A backup file read and checked: its marker, its snapshot's manifest and every file it lists. */
export interface CheckedBackup {
  marker: BackupMarker;
  manifest: SnapshotManifest;
  files: Map<string, Uint8Array>;
}

const refuse = (fileName: string, why: string): never => {
  throw new GlossError('bad_input', `${fileName} cannot be restored: ${why} Nothing was changed.`);
};

/**
 * Opens a backup file within limits (a zip bomb is refused as it inflates)
 * and checks it whole: the marker, the manifest, and that every file it
 * lists is there and may be written. Nothing is written here.
 */
export function readBackupFile(fileName: string, bytes: Uint8Array): CheckedBackup {
  try {
    const archive = ZipArchive.open(bytes, BACKUP_ZIP_LIMITS);
    const markerText = archive.readText(BACKUP_MARKER_FILE);
    if (markerText === undefined) return refuse(fileName, 'it is not a Gloss backup file (it has no gloss-backup.json).');
    const marker = BackupMarker.safeParse(parseJson(markerText));
    if (!marker.success) return refuse(fileName, 'its gloss-backup.json is not one this Gloss can read (it may come from a newer Gloss).');
    const manifest = SnapshotManifest.safeParse(parseJson(archive.readText(MANIFEST_FILE) ?? ''));
    if (!manifest.success) return refuse(fileName, 'its list of files (snapshot.json) is missing or damaged.');
    const files = new Map<string, Uint8Array>();
    for (const path of manifest.data.files) {
      if (!isBackupPath(path)) return refuse(fileName, `it lists a file Gloss never writes (${path.slice(0, 200)}).`);
      const content = archive.read(path);
      if (content === undefined) return refuse(fileName, `${path} is listed but missing from it.`);
      files.set(path, content);
    }
    if (!files.has('library.json')) return refuse(fileName, 'it holds no library.json.');
    return { marker: marker.data, manifest: manifest.data, files };
  } catch (error) {
    if (error instanceof ImportRefusal) return refuse(fileName, error.message);
    throw error;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
