import type { ReadContext } from '../import/importedDocument';

/** A read context for reader tests: a file name for messages, progress ignored, never cancelled. */
export function testReadContext(fileName = 'test-file'): ReadContext {
  return { fileName, onProgress: () => undefined, signal: new AbortController().signal };
}

/** A string as the UTF-8 bytes a file would hold. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
