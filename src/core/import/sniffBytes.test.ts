import { describe, expect, it } from 'vitest';
import { describeFileContent, sniffBytes } from './sniffBytes';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('describeFileContent', () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a PNG image'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'a JPEG image'],
    [ascii('GIF89a'), 'a GIF image'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'a ZIP archive, such as a Word document or an EPUB e-book'],
    [ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'a WebP image'],
    [ascii('<!DOCTYPE html><html>'), 'a web page'],
    [ascii('Just some notes.\n'), 'a plain text file'],
  ])('names what the bytes look like', (data, looksLike) => expect(describeFileContent(data)).toBe(looksLike));

  it('names nothing for unknown binary data', () => {
    expect(describeFileContent(bytes(0x00, 0x01, 0x02, 0x03))).toBeUndefined();
  });

  it('finds a PDF header after a little junk', () => {
    expect(sniffBytes(ascii('\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(sniffBytes(ascii('PDF-1.4'))).toBe('unknown');
  });
});
