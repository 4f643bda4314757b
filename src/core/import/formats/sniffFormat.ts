import { ImportRefusal } from '../importedDocument';
import { describeSniffed, sniffBytes } from '../sniffBytes';

/** What a file's first bytes say it is ("a PNG image"), for telling the user why it cannot be read; undefined when unknown. */
export function sniffBinaryKind(bytes: Uint8Array): string | undefined {
  return describeSniffed(sniffBytes(bytes));
}

/** Whether the file begins like an old (OLE) Office document: a .doc renamed .docx. */
export function isOleFile(bytes: Uint8Array): boolean {
  return sniffBytes(bytes) === 'ole';
}

/** Refuses a file that is not a ZIP archive, naming what it is when its bytes tell. */
export function requireZip(bytes: Uint8Array, formatName: string): void {
  const kind = sniffBytes(bytes);
  if (kind === 'zip') return;
  const looksLike = describeSniffed(kind);
  throw new ImportRefusal(looksLike ? `is ${looksLike}, not ${formatName}` : `is not ${formatName} (it is not a ZIP archive)`);
}
