import { deflateRawSync, constants } from 'node:zlib';

/** An entry written as given: its packed bytes, and whatever size it claims to unpack to. */
export interface RawZipEntry {
  name: string;
  method: 0 | 8;
  packed: Uint8Array;
  claimedSize?: number;
  flags?: number;
}

/**
 * A ZIP archive assembled byte by byte, for archives no honest zipper
 * writes: lying sizes, bombs, encryption flags. CRCs are left at zero.
 */
export function handMadeZip(entries: RawZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const local = header(30, 0x04034b50, entry, name.length);
    const central = header(46, 0x02014b50, entry, name.length);
    new DataView(central.buffer).setUint32(42, offset, true);
    parts.push(local, name, entry.packed);
    directory.push(central, name);
    offset += local.length + name.length + entry.packed.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return concat([...parts, ...directory, end]);
}

function header(size: 30 | 46, signature: number, entry: RawZipEntry, nameLength: number): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const central = size === 46;
  view.setUint32(0, signature, true);
  view.setUint16(central ? 8 : 6, entry.flags ?? 0, true);
  view.setUint16(central ? 10 : 8, entry.method, true);
  view.setUint32(central ? 20 : 18, entry.packed.length, true);
  view.setUint32(central ? 24 : 22, entry.claimedSize ?? entry.packed.length, true);
  view.setUint16(central ? 28 : 26, nameLength, true);
  return bytes;
}

/**
 * A raw DEFLATE stream that inflates to `megabytes` MB of zeros while only
 * about a thousandth of that is packed: one megabyte's blocks, flushed to a
 * byte boundary so they can be repeated, then an empty final block.
 */
export function zerosBomb(megabytes: number): Uint8Array {
  const oneMegabyte = deflateRawSync(new Uint8Array(1024 * 1024), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return concat([...Array.from({ length: megabytes }, () => oneMegabyte), Uint8Array.of(0x03, 0x00)]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
