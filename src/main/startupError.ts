import { DataDirLockedError } from '../core/storage/dataDirLock';
import { DataDirUnusableError } from '../core/storage/prepareDataDir';
import { NewerSchemaError } from '../core/storage/versionedFile';

/** What the error box says when the core cannot open. */
export interface StartupErrorReport {
  title: string;
  message: string;
  /** Whether the error was foreseen; unforeseen ones also deserve their stack in the log. */
  expected: boolean;
}

/**
 * Explains why Gloss cannot start. The foreseen cases (another Gloss holds
 * the folder; the folder cannot be used; the data is from a newer Gloss) carry messages written
 * for the user; anything else names the folder and the raw reason.
 */
export function explainStartupError(error: unknown, dataDir: string): StartupErrorReport {
  if (error instanceof DataDirLockedError) {
    return { title: 'Gloss is already running', message: error.message, expected: true };
  }
  if (error instanceof DataDirUnusableError) {
    return { title: 'Gloss cannot use its data folder', message: error.message, expected: true };
  }
  if (error instanceof NewerSchemaError) {
    return { title: 'Gloss needs an update', message: error.message, expected: true };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title: 'Gloss cannot start',
    message: `Gloss could not open its data folder ${dataDir}.\n\n${reason}`,
    expected: false,
  };
}
