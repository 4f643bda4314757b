import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../importedDocument';
import { refuseNonPdf, refusalFor } from './pdfRefusals';

/** An error as pdfjs hands it over: a plain Error carrying its exception's name. */
function pdfjsError(name: string): Error {
  return Object.assign(new Error('pdfjs says no'), { name });
}
const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const live = new AbortController().signal;

describe('refusalFor', () => {
  it('tells the user a password is needed', () => {
    expect(refusalFor(pdfjsError('PasswordException'), live)).toEqual(new ImportRefusal('is password-protected; remove the password and try again'));
  });

  it.each(['InvalidPDFException', 'UnknownErrorException', 'FormatError', 'Error'])('calls a %s damage', (name) => {
    expect(refusalFor(pdfjsError(name), live)).toEqual(new ImportRefusal('is damaged and cannot be read'));
  });

  it('passes on the cancellation’s reason once cancelled, whatever pdfjs said while torn down', () => {
    const controller = new AbortController();
    controller.abort();
    expect(refusalFor(pdfjsError('AbortException'), controller.signal)).toBe(controller.signal.reason);
  });

  it('passes on refusals, aborts and mistakes in Gloss’s own code unchanged', () => {
    for (const error of [new ImportRefusal('has no pages'), pdfjsError('AbortError'), new TypeError('x is undefined')]) {
      expect(refusalFor(error, live)).toBe(error);
    }
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
