/**
 * What the owner of a versioned file (library.json, notices.json, a
 * document's file) tells openVersionedFile about it: its format and
 * migrations, and how to create, restore or rebuild it when it is missing
 * or damaged.
 */
import type { DurableDbOptions } from './durableDb';
import type { DurableJsonFileOptions } from './durableJsonFile';
import type { FileFormat } from './fileFormat';
import type { BackupCopy } from './restoreNewestGoodCopy';

/** How to open one versioned file, and what to do when it is missing, damaged or older. */
export interface VersionedFileSpec<T extends { schemaVersion: number }> extends FileFormat<T> {
  path: string;
  /**
   * Data for a file that does not exist yet. Without it, or when the file has
   * an earlier copy or `leftTraces` finds traces of it (so it existed once),
   * a missing file counts as lost and is restored like a damaged one.
   */
  create?: () => T;
  /**
   * Whether other files of the data directory show that this one was made
   * before (library.json must have listed the document files beside it).
   * Asked only when the file is missing and has no copy of its own.
   */
  leftTraces?: () => Promise<boolean>;
  /** Data rebuilt for a lost file that no copy could replace, with a sentence saying what was recovered. */
  recover: () => Promise<{ data: T; summary: string }>;
  /** Older copies of the file (whole-library snapshots), tried newest first after its previous generation. */
  backups?: () => Promise<BackupCopy[]>;
  /** Brings data restored from an older copy up to date with the rest of the data directory. */
  afterRestore?: (data: T) => Promise<T>;
  /**
   * Runs before an older file is replaced by its upgraded form, with the
   * file's data as read: to move what the new format keeps elsewhere.
   */
  beforeUpgrade?: (raw: Record<string, unknown>, fromVersion: number) => Promise<void>;
  adapter?: DurableJsonFileOptions;
  /** How the database keeps memory in step with files beside this one (see DurableDbOptions). */
  db?: DurableDbOptions<T>;
  now: () => Date;
}
