import { describe, expect, it } from 'vitest';
import { BASE64_CHUNK_BYTES, bytesToBase64, textToBase64 } from './base64';

const random = (length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);

/** The plain way, one character at a time: right, and fine for a test. */
function reference(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

describe('base64 in chunks', () => {
  it('gives the same base64 as a whole-buffer encoder, at every length around a chunk boundary', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const bytes = random(length);
      expect(bytesToBase64(bytes, 3), `length ${length}`).toBe(reference(bytes));
    }
    for (const length of [BASE64_CHUNK_BYTES - 1, BASE64_CHUNK_BYTES, BASE64_CHUNK_BYTES + 1, 3 * BASE64_CHUNK_BYTES + 2]) {
      const bytes = random(length);
      expect(bytesToBase64(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it('refuses a chunk size whose pieces would carry padding in the middle', () => {
    expect(() => bytesToBase64(random(10), 4)).toThrow('multiple of 3');
  });

  it('encodes text as UTF-8', () => {
    expect(textToBase64('Zoë 日')).toBe('Wm/DqyDml6U=');
  });
});
