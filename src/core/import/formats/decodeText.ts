import { ImportRefusal } from '../importedDocument';
import { decodeWindows1252 } from './windows1252';

/** The encodings decodeText tells apart. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** LF line endings, no byte order mark, no control characters but "\n" and "\t". */
  text: string;
  encoding: TextEncodingName;
}

/** The largest text Gloss accepts in one document (a long book is ~3–5 MB). */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export const BINARY_REFUSAL = 'looks like a binary file, not text';

/** How much of the start of a file decides whether NUL bytes are UTF-16's high bytes. */
const UTF16_SAMPLE_BYTES = 4096;

/** More control characters than this share of the text means it is not text at all. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Decodes a text file's bytes: UTF-8 (BOM or not), UTF-16 (by its BOM, or by
 * the NUL bytes ASCII leaves in every other byte), and otherwise
 * Windows-1252, the encoding of older Western files that are not valid UTF-8.
 * Refuses binary files rather than returning garbage.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new ImportRefusal(`is ${Math.round(bytes.byteLength / 1048576)} MB; Gloss opens texts up to ${MAX_TEXT_BYTES / 1048576} MB`);
  }
  const { text, encoding } = decodeBytes(bytes);
  if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) throw new ImportRefusal(BINARY_REFUSAL);
  return { text: cleanControls(text), encoding };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [a, b, c] = bytes;
  // A byte order mark is the file saying what it is: trust it.
  if (a === 0xef && b === 0xbb && c === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: almost always a Western file from before it (Latin-1 is a subset of Windows-1252).
    return decodeAs('windows-1252', bytes);
  }
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding };
}

/** UTF-16 without a BOM: mostly-Latin text leaves NUL in one of each pair of bytes and almost never in the other. */
function utf16FromNulPattern(bytes: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.floor(Math.min(bytes.byteLength, UTF16_SAMPLE_BYTES) / 2);
  if (pairs === 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  // One NUL proves nothing (a 4-byte binary blob would pass for a CJK character); two or more in one half do.
  if (oddNuls >= 2 && oddNuls / pairs > 0.3 && evenNuls / pairs < 0.02) return 'utf-16le';
  if (evenNuls >= 2 && evenNuls / pairs > 0.3 && oddNuls / pairs < 0.02) return 'utf-16be';
  return undefined;
}

/** Share of characters that no text file has: C0 controls other than whitespace, DEL, C1 controls, U+FFFD. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && (code < 9 || code > 13)) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) controls++;
  }
  return controls / text.length;
}

/** LF line endings; form feeds and Unicode line separators become line breaks; other controls go. */
function cleanControls(text: string): string {
  return text
    .replace(/\r\n?|[\v\f\u0085\u2028]/g, '\n')
    .replace(/\u2029/g, '\n\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');
}
