import { ImportRefusal } from '../importedDocument';

const SIGNATURES: Array<[kind: string, bytes: number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['an old Office file (Word .doc, Excel .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** What a file's first bytes say it is ("a PNG image"), for telling the user why it cannot be read; undefined when unknown. */
export function sniffBinaryKind(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, signature]) => signature.every((byte, index) => bytes[index] === byte))?.[0];
}

/** Whether the file begins like an old (OLE) Office document: a .doc renamed .docx. */
export function isOleFile(bytes: Uint8Array): boolean {
  return sniffBinaryKind(bytes)?.startsWith('an old Office') ?? false;
}

/** Refuses a file that is not a ZIP archive, naming what it is when its bytes tell. */
export function requireZip(bytes: Uint8Array, formatName: string): void {
  const kind = sniffBinaryKind(bytes);
  if (kind === 'a ZIP archive') return;
  throw new ImportRefusal(kind ? `is ${kind}, not ${formatName}` : `is not ${formatName} (it is not a ZIP archive)`);
}
