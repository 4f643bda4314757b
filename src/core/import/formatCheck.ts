import { describeSniffed, sniffBytes } from './sniffBytes';

/** Formats that are zip archives inside. */
const ZIP_FORMATS = new Set(['docx', 'epub']);

/**
 * Why a file's bytes cannot be what its name says ("it is not a PDF: it
 * looks like a PNG image"), or undefined when they may be. Readers check
 * further; this catches a renamed file before any of them runs.
 */
export function checkBytesMatchFormat(extension: string, bytes: Uint8Array): string | undefined {
  const kind = sniffBytes(bytes);
  const looksLike = describeSniffed(kind);
  if (extension === 'pdf') return kind === 'pdf' ? undefined : `it is not a PDF${looksLike ? ` (it looks like ${looksLike})` : ''}.`;
  if (ZIP_FORMATS.has(extension)) {
    if (kind === 'zip') return undefined;
    if (extension === 'docx' && kind === 'ole') return 'it is an old Word .doc file, not .docx. Open it in Word or LibreOffice, save it as .docx, and import that.';
    return `it is not a ${extension === 'docx' ? 'Word .docx' : 'EPUB'} file${looksLike ? ` (it looks like ${looksLike})` : ''}.`;
  }
  // Text formats: anything the first bytes identify is a binary file under a text name.
  if (!looksLike) return undefined;
  return kind === 'pdf' ? 'it is a PDF, not text: rename it to end in .pdf and import it again.' : `it looks like ${looksLike}, not text.`;
}
