import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './windows1252';

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the typographic characters Windows-1252 put there', () => {
    const bytes = new Uint8Array([0x80, 0x82, 0x84, 0x85, 0x8a, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]);
    expect(decodeWindows1252(bytes)).toBe('€‚„…ŠŒ‘’“”–—™Ÿ');
  });

  it('reads ASCII and Latin-1 letters as themselves', () => {
    expect(decodeWindows1252(new Uint8Array([0x41, 0xe9, 0xfc, 0xff, 0xa0]))).toBe('Aéüÿ\u00a0');
  });

  it('leaves the five undefined bytes as C1 controls for the caller to drop', () => {
    expect(decodeWindows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('decodes input longer than one chunk', () => {
    const bytes = new Uint8Array(100_000).fill(0xe9);
    expect(decodeWindows1252(bytes)).toBe('é'.repeat(100_000));
  });
});
