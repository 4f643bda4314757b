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

/**
 * Records why a document failed to open, if it is broken for good (see
 * problemFromOpenFailure), and returns the error to throw; null for a
 * passing failure. The library hears of a new problem once (onBroken) and
 * shows it for as long as it lasts; a notice tells of what happened just
 * now (a damaged file set aside).
 */
export function recordOpenFailure(
  error: unknown,
  id: string,
  title: string,
  problems: Map<string, string>,
  hooks: { onBroken?: (ids: readonly string[]) => void; onNotice: (message: string) => void },
): BrokenDocumentError | null {
  const broken = problemFromOpenFailure(error);
  if (!broken) return null;
  const failure = new BrokenDocumentError(broken.code, id, title, broken.problem);
  const news = problems.get(id) !== broken.problem;
  problems.set(id, broken.problem);
  if (news) hooks.onBroken?.([id]);
  if (error instanceof LostFileError && error.setAside) hooks.onNotice(failure.message);
  return failure;
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
