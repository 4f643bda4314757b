import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../importedDocument';
import { handMadeZip, zerosBomb } from '../testing/handMadeZip';
import { ZipArchive } from './zipArchive';
import { DEFAULT_ZIP_LIMITS } from './zipLimits';

/** Letters that do not pack much, as real text does not. */
const text = (size: number, seed = 1) => {
  const codes = new Uint8Array(size);
  let state = seed;
  for (let index = 0; index < size; index++) codes[index] = 97 + ((state = (state * 48271) % 2147483647) % 26);
  return new TextDecoder().decode(codes);
};

describe('ZipArchive', () => {
  it('lists and reads stored and deflated entries, skipping directories', () => {
    const zip = ZipArchive.open(zipSync({
      'mimetype': [strToU8('application/epub+zip'), { level: 0 }],
      'OEBPS/': {},
      'OEBPS/a.xhtml': strToU8('<p>ünïcode</p>'.repeat(100)),
    }));
    expect(zip.names.sort()).toEqual(['OEBPS/a.xhtml', 'mimetype']);
    expect(zip.readText('mimetype')).toBe('application/epub+zip');
    expect(zip.readText('OEBPS/a.xhtml')).toBe('<p>ünïcode</p>'.repeat(100));
    expect(zip.read('missing')).toBeUndefined();
  });

  it('refuses a 1 GB entry of zeros packed in 1 MB as a zip bomb, whatever size it claims', () => {
    const packed = zerosBomb(1024);
    expect(packed.length).toBeLessThan(1.1 * 1024 * 1024);
    const zip = ZipArchive.open(handMadeZip([{ name: 'word/document.xml', method: 8, packed, claimedSize: 1000 }]));
    expect(() => zip.read('word/document.xml')).toThrow(/looks like a zip bomb: a file inside unpacks to over 300 times/);
  });

  it('refuses an archive whose entries together pass the total, each one plausible alone', () => {
    const entries = Object.fromEntries([1, 2, 3].map((n) => [`part${n}.txt`, strToU8(text(400_000, n))]));
    const zip = ZipArchive.open(zipSync(entries, { level: 1 }), { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1_000_000 });
    zip.read('part1.txt');
    zip.read('part2.txt');
    expect(() => zip.read('part3.txt')).toThrow('looks like a zip bomb: it unpacks to more than 1 MB');
  });

  it('counts stored entries towards the total too', () => {
    const zip = ZipArchive.open(zipSync({ a: [new Uint8Array(600_000), { level: 0 }], b: [new Uint8Array(600_000), { level: 0 }] }),
      { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 1_000_000 });
    zip.read('a');
    expect(() => zip.read('b')).toThrow(/zip bomb/);
  });

  it('refuses an archive listing more than 10,000 files before reading any', () => {
    const files = Object.fromEntries(Array.from({ length: 10_001 }, (_, n) => [`f${n}`, new Uint8Array(0)]));
    expect(() => ZipArchive.open(zipSync(files, { level: 0 }))).toThrow('holds more than 10,000 files, far more than any real document');
  });

  it('refuses truncated and corrupt archives as damaged', () => {
    const whole = zipSync({ 'a.txt': strToU8(text(50_000)) });
    for (const cut of [whole.subarray(0, whole.length - 1), whole.subarray(0, whole.length / 2), new Uint8Array(0)]) {
      expect(() => ZipArchive.open(cut)).toThrow(/is damaged/);
    }
    const corrupt = handMadeZip([{ name: 'a', method: 8, packed: Uint8Array.of(0xff, 0xff, 0xff, 0xff) }]);
    expect(() => ZipArchive.open(corrupt).read('a')).toThrow(/is damaged/);
    const cutStream = handMadeZip([{ name: 'a', method: 8, packed: deflateRawSync(strToU8(text(10_000))).subarray(0, 100) }]);
    expect(() => ZipArchive.open(cutStream).read('a')).toThrow(/is damaged/);
  });

  it('refuses password-protected entries, unknown methods and bytes that are no archive at all', () => {
    const encrypted = handMadeZip([{ name: 'a', method: 0, packed: strToU8('x'), flags: 1 }]);
    expect(() => ZipArchive.open(encrypted).read('a')).toThrow('is password-protected');
    const bzip2 = handMadeZip([{ name: 'a', method: 12 as 8, packed: strToU8('x') }]);
    expect(() => ZipArchive.open(bzip2).read('a')).toThrow(/compression method/);
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(100));
    expect(() => ZipArchive.open(png)).toThrow(ImportRefusal);
  });
});
