import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipArchive } from '../import/formats/zip/zipArchive';
import { BACKUP_ZIP_LIMITS } from '../backups/backupArchive';
import { writeZip } from './writeZip';

const files = {
  'library.json': strToU8(JSON.stringify({ schemaVersion: 1, documents: [] })),
  'documents/doc-1.reviews.jsonl': strToU8('{"seq":1,"kind":"grade"}\n'.repeat(2_000)),
  'texts/doc-1/v1.txt': strToU8('Пьер, 東京 and 😀 — every byte kept.\n'),
  'notes/empty.md': new Uint8Array(0),
  'binary.bin': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
};

describe('writeZip', () => {
  it('writes a zip that the backup reader and fflate both read back byte for byte', async () => {
    const zip = await writeZip(files, 1);
    const read = ZipArchive.open(zip, BACKUP_ZIP_LIMITS).readAll();
    expect(Object.fromEntries(read)).toEqual(files);
    // fflate checks each file's CRC and size against its bytes.
    expect(unzipSync(zip)).toEqual(files);
  });

  it('keeps the files in the order given', async () => {
    const zip = await writeZip(files, 6);
    expect(Object.keys(unzipSync(zip))).toEqual(Object.keys(files));
  });

  it('compresses what compresses', async () => {
    const zip = await writeZip(files, 1);
    const plain = Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);
    expect(zip.length).toBeLessThan(plain / 20);
  });

  it('writes an empty archive for no files', async () => {
    expect(unzipSync(await writeZip({}, 1))).toEqual({});
  });
});
