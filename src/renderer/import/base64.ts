/**
 * Bytes per chunk: a multiple of 3, so each chunk's base64 ends without
 * padding and the chunks join into the base64 of the whole; small enough for
 * String.fromCharCode's argument list.
 */
export const BASE64_CHUNK_BYTES = 3 * 10_922;

/** The base64 of some bytes, built chunk by chunk (a 100 MB file is never spelled out one character at a time). */
export function bytesToBase64(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): string {
  if (chunkBytes % 3 !== 0) throw new Error('A base64 chunk must be a multiple of 3 bytes.');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

/** The base64 of a text's UTF-8 bytes. */
export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
