import { z } from 'zod';
import { DocumentSummary } from './library';
import { method } from './common';

/** The largest file Gloss imports: 100 MB (a long book is 1–5 MB of text; an illustrated e-book or PDF can be tens of MB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** File name endings Gloss can import, each read by its own format reader (core/import/formats). */
export const IMPORT_EXTENSIONS: readonly string[] = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf', 'epub', 'vtt', 'srt'];

/** Base64 of at most MAX_IMPORT_BYTES bytes. */
export const Base64File = z
  .string()
  .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be sent as base64');

/** What importing a file did: added it, or found the same file in the library already (and changed nothing). */
export const ImportResult = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('added'), document: DocumentSummary }),
  z.strictObject({ status: z.literal('duplicate'), existing: DocumentSummary }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

export const importMethods = {
  /**
   * Imports one file as a new document, in a worker, with `task:progress`
   * events under `taskId` (cancel with `task:cancel`). The same file imported
   * before gives `duplicate` unless `ifDuplicate` is `add`. A file that cannot
   * be imported is refused with `bad_input`, naming the file and the reason;
   * the library is then unchanged.
   */
  'document:import': method(
    z.strictObject({
      taskId: z.string().min(1).max(100),
      /** The name the user's file had (shown and kept as the source; never a path to open). */
      fileName: z.string().min(1).max(1000),
      data: Base64File,
      /** A title to use instead of the file's own (pasted text has no file name worth showing). */
      title: z.string().trim().min(1).max(500).optional(),
      ifDuplicate: z.enum(['ask', 'add']).default('ask'),
    }),
    ImportResult,
  ),
};
