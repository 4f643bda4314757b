import { describe, expect, it } from 'vitest';
import { decodeMarkup } from './decodeMarkup';

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeMarkup', () => {
  it('reads windows-1252 quotes, dashes and the euro sign, which Node decodes as control characters', () => {
    expect(decodeMarkup(bytes('<meta charset="windows-1252">', [0x93, 0x80, 0x96, 0x94, 0xe9]))).toMatch(/“€–”é$/);
    expect(decodeMarkup(bytes('<meta charset=latin1>', [0x85]))).toMatch(/…$/);
  });

  it('takes the encoding from the XML declaration of an XHTML file', () => {
    expect(decodeMarkup(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><p>', [0xe0], '</p>'))).toContain('<p>à</p>');
  });

  it('reads a declared UTF-16 in an ASCII-compatible file as UTF-8, as browsers do', () => {
    expect(decodeMarkup(bytes('<meta charset="utf-16"><p>é</p>'))).toContain('<p>é</p>');
  });

  it('ignores a charset it does not know and falls back to UTF-8, then windows-1252', () => {
    expect(decodeMarkup(bytes('<meta charset="klingon"><p>ß</p>'))).toContain('<p>ß</p>');
    expect(decodeMarkup(bytes('<meta charset="klingon"><p>', [0xdf], '</p>'))).toContain('<p>ß</p>');
  });

  it('lets a byte-order mark outrank the declaration, and drops it', () => {
    const text = decodeMarkup(bytes([0xfe, 0xff, 0, 0x3c, 0, 0x70, 0, 0x3e, 0x03, 0xa9]));
    expect(text).toBe('<p>Ω');
  });
});
