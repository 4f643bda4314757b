/** Magic numbers of files people may save with a .pdf name by mistake, and what to call them. */
const SIGNATURES: { bytes: (number | undefined)[]; looksLike: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], looksLike: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], looksLike: 'a TIFF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50], looksLike: 'a WebP image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive, such as a Word document or an EPUB e-book' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], looksLike: 'an old Microsoft Office document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'an RTF document' },
  { bytes: [0x25, 0x21, 0x50, 0x53], looksLike: 'a PostScript file' },
  { bytes: [0x41, 0x54, 0x26, 0x54, 0x46, 0x4f, 0x52, 0x4d], looksLike: 'a DjVu document' },
];

/** A PDF's header may follow up to this many bytes of junk (as the specification tolerates). */
const HEADER_WINDOW = 1024;

/** Whether the bytes carry a PDF header ("%PDF-") near their start. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER_WINDOW));
  return head.includes('%PDF-');
}

/** What a file that is not a PDF seems to be ("a PNG image"), from its first bytes; undefined when unknown. */
export function sniffFileType(bytes: Uint8Array): string | undefined {
  const match = SIGNATURES.find(({ bytes: signature }) =>
    signature.every((byte, i) => byte === undefined || bytes[i] === byte),
  );
  if (match) return match.looksLike;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'a web page';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'an XML or HTML file';
  // Control characters (other than tabs and line ends) mean binary data, not text.
  // eslint-disable-next-line no-control-regex
  if (head.length > 0 && !/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(head)) return 'a plain text file';
  return undefined;
}
