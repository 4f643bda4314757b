import { describe, expect, it } from 'vitest';
import { isOleFile, requireZip, sniffBinaryKind } from './sniffFormat';

const bytes = (...values: number[]) => Uint8Array.from([...values, 0, 0, 0, 0]);

describe('sniffFormat', () => {
  it('names common files by their first bytes', () => {
    expect(sniffBinaryKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('a PNG image');
    expect(sniffBinaryKind(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toBe('a PDF');
    expect(sniffBinaryKind(bytes(0x50, 0x4b, 0x03, 0x04))).toBe('a ZIP archive, such as a Word document or an EPUB e-book');
    expect(sniffBinaryKind(new TextEncoder().encode('<!doctype html>'))).toBeUndefined();
    expect(sniffBinaryKind(new Uint8Array(0))).toBeUndefined();
  });

  it('recognises an old .doc by its OLE header', () => {
    expect(isOleFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBe(true);
    expect(isOleFile(bytes(0x50, 0x4b, 0x03, 0x04))).toBe(false);
  });

  it('refuses anything but a ZIP, saying what it is when it can', () => {
    expect(() => requireZip(bytes(0x50, 0x4b, 0x03, 0x04), 'an EPUB e-book')).not.toThrow();
    expect(() => requireZip(bytes(0xff, 0xd8, 0xff), 'an EPUB e-book')).toThrow('is a JPEG image, not an EPUB e-book');
  });
});
