import { decodeWindows1252 } from '../windows1252';

/** How far into a file a charset declaration is looked for (browsers look at the first 1,024 bytes). */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i;

/**
 * Decodes a web page or XHTML file to text. A byte-order mark decides first,
 * then a declared charset (<meta charset>, http-equiv Content-Type, the XML
 * declaration), then UTF-8; bytes that are not valid UTF-8 are read as
 * windows-1252, which is what such pages almost always are.
 */
export function decodeMarkup(bytes: Uint8Array): string {
  const fromBom = bomEncoding(bytes);
  if (fromBom) return new TextDecoder(fromBom).decode(bytes);
  const declared = declaredEncoding(bytes);
  if (declared === 'windows-1252') return decodeWindows1252(bytes);
  if (declared && declared !== 'utf-8') return new TextDecoder(declared).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The encoding the file declares, as TextDecoder names it; undefined when none is declared or the name is unknown. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return undefined;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
  // A file whose bytes could be read to find the declaration is not UTF-16, whatever it says (as browsers decide).
  return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
}
