import { ImportRefusal } from '../../importedDocument';
import { describeFileContent, sniffBytes } from '../../sniffBytes';

/** Refuses bytes that cannot be a PDF at all, before pdfjs is asked: empty, or another kind of file. */
export function refuseNonPdf(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ImportRefusal('is empty (0 bytes)');
  if (sniffBytes(bytes) === 'pdf') return;
  const looksLike = describeFileContent(bytes);
  throw new ImportRefusal(looksLike ? `is not a PDF (it looks like ${looksLike})` : 'is not a PDF');
}

/**
 * What to throw when reading fails: the cancellation's reason once the user
 * cancelled (whatever pdfjs said as it was torn down), our own refusals as
 * they are, and for pdfjs's errors a password or damage (pdfjs reports a
 * broken file under many names; the user can act on only these two).
 */
export function refusalFor(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof ImportRefusal || (error instanceof Error && error.name === 'AbortError')) return error;
  // A mistake in Gloss's own code is no fault of the file: it travels on to be seen and fixed.
  if (error instanceof TypeError || error instanceof ReferenceError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new ImportRefusal('is password-protected; remove the password and try again');
  return new ImportRefusal('is damaged and cannot be read');
}
