import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { describeTime } from '../storage/versionedFile';
import { fsyncDirectory } from '../storage/writeFileAtomic';
import { FileExistsError, placeExclusive } from '../storage/writeFileExclusive';
import { isStoredText, textRelativePath, type TextVersion } from './documentFile';
import type { TextStore } from './textStore';

/** What a text read from disk must be: its stored length, and hash where recorded. */
export type StoredTextCheck = Pick<TextVersion, 'charCount' | 'sha256'>;

/** Where copies of a text come from, and where the user hears of a restore. */
export interface TextRestoreHooks {
  onNotice: (message: string) => void;
  backupCopiesOf?: (relativePath: string) => Promise<BackupCopy[]>;
}

/**
 * Puts a missing (or `damaged`) text version back from the newest snapshot
 * that holds a good copy (texts never change, so any such copy is the right
 * one) and tells the user; false if no snapshot does.
 */
export async function restoreTextFromSnapshot(store: TextStore, hooks: TextRestoreHooks, id: string, version: number, title: string, stored?: StoredTextCheck, damaged = false): Promise<boolean> {
  const copies = (await hooks.backupCopiesOf?.(textRelativePath(id, version))) ?? [];
  const target = store.pathOf(id, version);
  for (const copy of copies) {
    try {
      // A copy that is not the text stored is passed over, as a damaged file is.
      if (stored && !isStoredText(await readFile(copy.path, 'utf8'), stored)) continue;
      await mkdir(dirname(target), { recursive: true });
      await placeExclusive(copy.path, target);
      await fsyncDirectory(dirname(target));
    } catch (error) {
      if (error instanceof FileExistsError) return true;
      continue;
    }
    store.forget(id, version);
    hooks.onNotice(`The text of "${title}" (version ${version}) was ${damaged ? 'damaged' : 'missing from the data folder'}; Gloss restored it from a whole-library snapshot saved ${describeTime(copy.savedAt)}.`);
    return true;
  }
  return false;
}
