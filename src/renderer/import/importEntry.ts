import { MAX_IMPORT_BYTES, type DocumentSummary } from '../../shared/contract';

/** What became of one file given to import. */
export type ImportStatus = 'waiting' | 'reading' | 'importing' | 'duplicate' | 'added' | 'failed' | 'cancelled' | 'skipped';

/** One file in the import tray, as the tray shows it. */
export interface ImportEntry {
  /** Also the task id its progress and cancel go by. */
  id: string;
  fileName: string;
  status: ImportStatus;
  /** Share done while importing, 0–1; null when unknown (waiting for the first progress). */
  progress: number | null;
  /** The document added. */
  document?: DocumentSummary | undefined;
  /** The document the same file was imported as before. */
  existing?: DocumentSummary | undefined;
  /** Why it could not be imported, naming the file. */
  error?: string | undefined;
}

/** A file to import: its name, its size (checked before reading it), and how to read it as base64. */
export interface ImportSource {
  fileName: string;
  size: number;
  title?: string;
  read(): Promise<string>;
}

/** Statuses after which nothing more happens to an entry. */
export const SETTLED: ReadonlySet<ImportStatus> = new Set(['added', 'failed', 'cancelled', 'skipped']);

/** The refusal of a file over the limit, worded as the core words its refusals ("<file> <reason>"). */
export function tooLargeMessage(fileName: string, size: number): string {
  const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
  return `${fileName} is ${mb(size)} MB; Gloss imports files up to ${mb(MAX_IMPORT_BYTES)} MB.`;
}
