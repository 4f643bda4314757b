/** What a file's first bytes say it is, for telling a user that "report.pdf" is really a PNG. */
export type SniffedKind = 'pdf' | 'zip' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'webp' | 'ole' | 'rar' | 'sevenZip' | 'rtf' | 'postscript' | 'djvu' | 'gzip' | 'executable' | 'unknown';

/** Magic numbers; `undefined` matches any byte. */
const SIGNATURES: [Exclude<SniffedKind, 'unknown' | 'pdf'>, (number | undefined)[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['webp', [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['sevenZip', [0x37, 0x7a, 0xbc, 0xaf]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['postscript', [0x25, 0x21, 0x50, 0x53]],
  ['djvu', [0x41, 0x54, 0x26, 0x54, 0x46, 0x4f, 0x52, 0x4d]],
  ['gzip', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a]],
];

/** A PDF's header may follow up to this many bytes of junk (as the specification tolerates). */
const PDF_HEADER_WINDOW = 1024;

/** The kind of file its first bytes show; 'unknown' for text and anything else. */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  const match = SIGNATURES.find(([, signature]) => signature.every((byte, i) => byte === undefined || bytes[i] === byte));
  if (match) return match[0];
  if (new TextDecoder('latin1').decode(bytes.subarray(0, PDF_HEADER_WINDOW)).includes('%PDF-')) return 'pdf';
  return 'unknown';
}

const DESCRIPTIONS: Record<Exclude<SniffedKind, 'unknown'>, string> = {
  pdf: 'a PDF',
  zip: 'a ZIP archive, such as a Word document or an EPUB e-book',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  tiff: 'a TIFF image',
  webp: 'a WebP image',
  ole: 'an old Microsoft Office document',
  rar: 'a RAR archive',
  sevenZip: 'a 7-Zip archive',
  rtf: 'an RTF document',
  postscript: 'a PostScript file',
  djvu: 'a DjVu document',
  gzip: 'a gzip archive',
  executable: 'a program',
};

/** "a PNG image", for messages; undefined when the bytes say nothing. */
export function describeSniffed(kind: SniffedKind): string | undefined {
  return kind === 'unknown' ? undefined : DESCRIPTIONS[kind];
}

/**
 * What a file seems to be, from its magic number or, failing that, from how
 * its start reads (a web page, plain text); undefined for unknown binary data.
 */
export function describeFileContent(bytes: Uint8Array): string | undefined {
  const known = describeSniffed(sniffBytes(bytes));
  if (known) return known;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'an XML or HTML file';
  // Control characters (other than tabs and line ends) mean binary data, not text.
  // eslint-disable-next-line no-control-regex
  if (head.length > 0 && !/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(head)) return 'a plain text file';
  return undefined;
}
