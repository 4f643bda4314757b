import { describe, expect, it } from 'vitest';
import { decodeTextFile, normalizeText } from './normalizeText';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeTextFile', () => {
  it('strips a byte order mark and normalises CRLF and CR to LF', () => {
    expect(decodeTextFile(bytes('\uFEFFone\r\ntwo\rthree'), 'a.txt')).toBe('one\ntwo\nthree');
  });
  it('refuses binary files', () => {
    expect(() => decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'photo.png')).toThrow(/photo\.png looks like a binary file/);
  });
  it('refuses text that is not UTF-8', () => {
    expect(() => decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt')).toThrow(/not valid UTF-8/);
  });
  it('keeps emoji, combining marks and right-to-left text as they are', () => {
    const text = 'e\u0301 👩‍🔬 مرحبا';
    expect(normalizeText(text)).toBe(text);
  });
});
