import { describeSniffed, sniffBytes } from './sniffBytes';

/** Formats that are zip archives inside. */
const ZIP_FORMATS = new Set(['docx', 'epub']);

/**
 * Why a file's bytes cannot be what its name says ("is not a PDF (it looks
 * like a PNG image)"), said of the file, or undefined when they may be. Readers check
 * further; this catches a renamed file before any of them runs.
 */
export function checkBytesMatchFormat(extension: string, bytes: Uint8Array): string | undefined {
  const kind = sniffBytes(bytes);
  const looksLike = describeSniffed(kind);
  if (extension === 'pdf') return kind === 'pdf' ? undefined : `is not a PDF${looksLike ? ` (it looks like ${looksLike})` : ''}.`;
  if (ZIP_FORMATS.has(extension)) {
    if (kind === 'zip') return undefined;
    if (extension === 'docx' && kind === 'ole') return 'is an old Word .doc file; save it as .docx in Word or LibreOffice and import that.';
    return `is not a ${extension === 'docx' ? 'Word document' : 'EPUB e-book'}${looksLike ? ` (it looks like ${looksLike})` : ''}.`;
  }
  // Text formats: anything the first bytes identify is a binary file under a text name.
  if (!looksLike) return undefined;
  return kind === 'pdf' ? 'is a PDF, not text: rename it to end in .pdf and import it again.' : `looks like ${looksLike}, not text.`;
}
