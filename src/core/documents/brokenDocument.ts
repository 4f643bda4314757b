import { GlossError, type ErrorCode } from '../../shared/contract';
import { NewerSchemaError } from '../storage/fileFormat';
import { LostFileError } from '../storage/versionedFile';

/**
 * One document that cannot be opened, with the reason in words. Calls about
 * that document fail with it; calls over the whole library skip it and
 * report it, so one bad document never breaks the others.
 */
export class BrokenDocumentError extends GlossError {
  constructor(
    code: ErrorCode,
    readonly documentId: string,
    readonly title: string,
    /** Why, as the library shows it under the title. */
    readonly problem: string,
  ) {
    super(code, `"${title}" cannot be opened: ${problem}`);
    this.name = 'BrokenDocumentError';
  }
}

/**
 * What makes a document broken for good (until someone changes its files),
 * as opposed to a passing failure such as too many open files: a file from
 * a newer Gloss, or a lost file that nothing could restore or rebuild.
 */
export function problemFromOpenFailure(error: unknown): { code: ErrorCode; problem: string } | null {
  if (error instanceof NewerSchemaError) {
    return {
      code: 'conflict',
      problem: `it was saved by a newer version of Gloss (file format ${error.found}; this version reads up to ${error.supported}). Update Gloss to open it; its file was left untouched.`,
    };
  }
  if (error instanceof LostFileError) return { code: 'not_found', problem: lowerFirst(error.message) };
  return null;
}

/** The problem of a text version that is missing from the data folder. */
export function missingTextProblem(version: number): string {
  return `its text (version ${version}) is missing from the data folder.`;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
