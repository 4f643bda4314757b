import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../importedDocument';
import { decodeText } from './decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    bytes[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    bytes[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return bytes;
}

/** "café – “quoted” €5" as Windows-1252 bytes. */
const WINDOWS_1252 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x80, 0x35]);

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeText(utf8('héllo 👋'))).toEqual({ text: 'héllo 👋', encoding: 'utf-8' });
    expect(decodeText(utf8('\uFEFFhéllo'))).toEqual({ text: 'héllo', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian by their byte order marks', () => {
    const text = 'Grüße, 世界 😀\nline two';
    expect(decodeText(utf16(text, false, true))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, true))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a byte order mark from where its NUL bytes fall', () => {
    const text = 'Plain English text, saved by an old Windows tool.\nCafé.';
    expect(decodeText(utf16(text, false, false))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(utf16(text, true, false))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252, without mojibake', () => {
    expect(decodeText(WINDOWS_1252)).toEqual({ text: 'café – “quoted” €5', encoding: 'windows-1252' });
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
  });

  it('keeps valid UTF-8 as UTF-8 even when it could also be read as Windows-1252', () => {
    expect(decodeText(utf8('café')).text).toBe('café');
  });

  it('turns CRLF, lone CR, form feeds and Unicode separators into LF line breaks', () => {
    expect(decodeText(utf8('a\r\nb\rc\fd\u2028e\u2029f')).text).toBe('a\nb\nc\nd\ne\n\nf');
  });

  it('drops stray control characters but keeps tabs', () => {
    const words = 'A line of ordinary words. '.repeat(10);
    expect(decodeText(utf8(`${words}a\tb\u0007c\u001bd\u007fe`)).text).toBe(`${words}a\tbcde`);
  });

  it('refuses a file with NUL bytes that UTF-16 does not explain', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(ImportRefusal);
    expect(() => decodeText(png)).toThrow('looks like a binary file, not text');
  });

  it('refuses a tiny binary file whose one NUL could pass for UTF-16', () => {
    expect(() => decodeText(new Uint8Array([0x47, 0, 0x1f, 0x8b]))).toThrow('looks like a binary file, not text');
  });

  it('reads a two-letter UTF-16 file without a byte order mark', () => {
    expect(decodeText(new Uint8Array([0x48, 0, 0x69, 0]))).toEqual({ text: 'Hi', encoding: 'utf-16le' });
  });

  it('refuses a file of control bytes even without NULs', () => {
    const bytes = new Uint8Array(1000).map((_, index) => (index % 3 === 0 ? 0x01 + (index % 8) : 0x41));
    expect(() => decodeText(bytes)).toThrow('looks like a binary file, not text');
  });

  it('refuses random bytes', () => {
    let seed = 7;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    expect(() => decodeText(bytes)).toThrow(ImportRefusal);
  });

  it('refuses a file over the size limit', () => {
    expect(() => decodeText(new Uint8Array(64 * 1024 * 1024 + 1))).toThrow(/Gloss opens texts up to 64 MB/);
  });

  it('decodes empty input to empty text', () => {
    expect(decodeText(new Uint8Array(0)).text).toBe('');
  });

  it('keeps combining marks, emoji, right-to-left and CJK text as they are', () => {
    const text = 'e\u0301 👩‍🔬 مرحبا 你好 שלום';
    expect(decodeText(utf8(text)).text).toBe(text);
    expect(decodeText(utf16(text, false, true)).text).toBe(text);
  });
});
