import { GlossError } from '../../shared/contract';
import { decodeText, MAX_TEXT_BYTES } from '../import/formats/decodeText';
import { ImportRefusal } from '../import/importedDocument';

export { MAX_TEXT_BYTES };

/**
 * Decodes imported bytes (UTF-8, UTF-16 or Windows-1252, see decodeText) and
 * normalises them for storage: no byte order mark, LF line endings. Binary
 * input is refused with a message that says what is wrong, rather than
 * stored as garbage.
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof ImportRefusal) throw new GlossError('bad_input', `${name} ${error.message}.`);
    throw error;
  }
}

/** Strips a byte order mark and turns CRLF and lone CR line endings into LF. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
