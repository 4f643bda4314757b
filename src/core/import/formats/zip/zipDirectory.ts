import { ImportRefusal } from '../../importedDocument';

/** One file in a ZIP archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The refusal for an archive whose structure does not hold together (often a download cut short). */
export function damagedZip(): ImportRefusal {
  return new ImportRefusal('is damaged: its contents cannot be unpacked (was the download cut short?)');
}

/**
 * Lists a ZIP archive's files from its central directory. Refuses an archive
 * that lists more than maxEntries, one that is damaged or truncated, and
 * ZIP64 (no e-book or Word document needs it).
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ImportRefusal('uses the ZIP64 format, which Gloss cannot read');
  if (count > maxEntries) {
    throw new ImportRefusal(`holds more than ${maxEntries.toLocaleString('en')} files, far more than any real document`);
  }
  if (directoryOffset + directorySize > end) throw damagedZip();
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damagedZip();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw damagedZip();
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The offset of the end-of-central-directory record, searched backwards past any archive comment. */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw damagedZip();
}
