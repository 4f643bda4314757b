import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../importedDocument';
import { refuseNonPdf } from './pdfRefusals';
import { hasPdfHeader, sniffFileType } from './sniffFileType';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffFileType', () => {
  it.each([
    [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a PNG image'],
    [bytes(0xff, 0xd8, 0xff, 0xe0), 'a JPEG image'],
    [ascii('GIF89a'), 'a GIF image'],
    [bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'a ZIP archive, such as a Word document or an EPUB e-book'],
    [ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'a WebP image'],
    [ascii('<!DOCTYPE html><html>'), 'a web page'],
    [ascii('Just some notes.\n'), 'a plain text file'],
  ])('names what the bytes look like', (data, looksLike) => expect(sniffFileType(data)).toBe(looksLike));

  it('names nothing for unknown binary data', () => {
    expect(sniffFileType(bytes(0x00, 0x01, 0x02, 0x03))).toBeUndefined();
  });

  it('finds a PDF header after a little junk', () => {
    expect(hasPdfHeader(ascii('\r\n%PDF-1.4\n'))).toBe(true);
    expect(hasPdfHeader(ascii('PDF-1.4'))).toBe(false);
  });
});

describe('refuseNonPdf', () => {
  it('says what a renamed file looks like', () => {
    expect(() => refuseNonPdf(bytes(0x89, 0x50, 0x4e, 0x47))).toThrow(new ImportRefusal('is not a PDF (it looks like a PNG image)'));
  });

  it('says an empty file is empty', () => {
    expect(() => refuseNonPdf(new Uint8Array())).toThrow('is empty (0 bytes)');
  });

  it('lets a PDF through', () => {
    expect(() => refuseNonPdf(ascii('%PDF-1.7\n'))).not.toThrow();
  });
});
