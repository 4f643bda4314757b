import { GlossError } from '../../shared/contract';

/** The largest text Gloss accepts in one document (a long book is ~3–5 MB). */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * Decodes imported bytes as UTF-8 and normalises them for storage: no byte
 * order mark, LF line endings. Binary or mis-encoded input is refused with a
 * message that says what is wrong, rather than stored as garbage.
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  if (bytes.byteLength > MAX_TEXT_BYTES) {
    throw new GlossError('bad_input', `${name} is ${Math.round(bytes.byteLength / 1048576)} MB; Gloss opens texts up to ${MAX_TEXT_BYTES / 1048576} MB.`);
  }
  if (bytes.includes(0)) throw new GlossError('bad_input', `${name} looks like a binary file (it contains NUL bytes), not text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GlossError('bad_input', `${name} is not valid UTF-8 text. Save it as UTF-8 and try again.`);
  }
  return normalizeText(text);
}

/** Strips a byte order mark and turns CRLF and lone CR line endings into LF. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
