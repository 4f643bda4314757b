import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ImportRefusal, type ReadContext } from '../importedDocument';
import { readPdf } from './pdf';
import { drawPdf, passwordProtectedPdf, TINY_PNG } from './pdf/testPdfs';

const context = (): ReadContext => ({ fileName: 'test.pdf', onProgress: () => {}, signal: new AbortController().signal });
const refusal = (reason: string) => new ImportRefusal(reason);
const someText = () => drawPdf([[{ text: 'Some words on a page, enough of them to be a paragraph.', x: 72, y: 700 }]]);

describe('readPdf refuses what it cannot read, saying why', () => {
  it('a PNG image saved with a .pdf name', async () => {
    await expect(readPdf(TINY_PNG, context())).rejects.toThrow(refusal('is not a PDF (it looks like a PNG image)'));
  });

  it('an empty file', async () => {
    await expect(readPdf(new Uint8Array(), context())).rejects.toThrow(refusal('is empty (0 bytes)'));
  });

  it('a password-protected PDF', async () => {
    await expect(readPdf(await passwordProtectedPdf(), context())).rejects.toThrow(
      refusal('is password-protected; remove the password and try again'),
    );
  });

  it('a PDF cut short', async () => {
    const whole = await someText();
    await expect(readPdf(whole.subarray(0, 400), context())).rejects.toThrow(refusal('is damaged and cannot be read'));
  });

  it('garbage after a PDF header', async () => {
    const bytes = new TextEncoder().encode(`%PDF-1.7\n${'garbage '.repeat(200)}`);
    await expect(readPdf(bytes, context())).rejects.toThrow(refusal('is damaged and cannot be read'));
  });

  it('scanned pages: images and no text', async () => {
    const scan = await drawPdf([[], [], []], { png: TINY_PNG });
    await expect(readPdf(scan, context())).rejects.toThrow(refusal('has no text layer — it is scanned pages; OCR it first'));
  });

  it('scanned pages with nothing but page numbers in text', async () => {
    const scan = await drawPdf([1, 2, 3].map((n) => [{ text: `${n}`, x: 300, y: 40 }]), { png: TINY_PNG });
    await expect(readPdf(scan, context())).rejects.toThrow(refusal('has no text layer — it is scanned pages; OCR it first'));
  });

  it('a PDF without pages', async () => {
    const empty = await (await PDFDocument.create()).save();
    await expect(readPdf(empty, context())).rejects.toThrow(refusal('has no text — its pages are blank'));
  });

  it('blank pages', async () => {
    await expect(readPdf(await drawPdf([[], []]), context())).rejects.toThrow(refusal('has no text — its pages are blank'));
  });

  it('and leaves the caller’s bytes as they were', async () => {
    const bytes = await someText();
    const copy = bytes.slice();
    await readPdf(bytes, context());
    expect(bytes).toEqual(copy);
  });
});
