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
  it('reads text that is not UTF-8 as Windows-1252', () => {
    expect(decodeTextFile(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'latin1.txt')).toBe('café');
  });
  it('refuses a file over the size limit, naming it', () => {
    expect(() => decodeTextFile(new Uint8Array(65 * 1024 * 1024), 'huge.txt')).toThrow(/huge\.txt is 65 MB; Gloss opens texts up to 64 MB/);
  });
  it('keeps emoji, combining marks and right-to-left text as they are', () => {
    const text = 'e\u0301 👩‍🔬 مرحبا';
    expect(normalizeText(text)).toBe(text);
  });
});
