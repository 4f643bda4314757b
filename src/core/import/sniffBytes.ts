/** What a file's first bytes say it is, for telling a user that "report.pdf" is really a PNG. */
export type SniffedKind = 'pdf' | 'zip' | 'png' | 'jpeg' | 'gif' | 'webp' | 'ole' | 'gzip' | 'executable' | 'unknown';

const SIGNATURES: [SniffedKind, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['gzip', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['executable', [0x4d, 0x5a]],
];

/** The kind of file its first bytes show; 'unknown' for text and anything else. */
export function sniffBytes(bytes: Uint8Array): SniffedKind {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46 && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP') return 'webp';
  // A PDF may have a few bytes of junk before its header; readers allow up to 1 KB.
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  return 'unknown';
}

const DESCRIPTIONS: Record<Exclude<SniffedKind, 'unknown'>, string> = {
  pdf: 'a PDF',
  zip: 'a zip archive',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  ole: 'an old Microsoft Office file (.doc, .xls or .ppt)',
  gzip: 'a gzip archive',
  executable: 'a program',
};

/** "a PNG image", for messages; undefined when the bytes say nothing. */
export function describeSniffed(kind: SniffedKind): string | undefined {
  return kind === 'unknown' ? undefined : DESCRIPTIONS[kind];
}
