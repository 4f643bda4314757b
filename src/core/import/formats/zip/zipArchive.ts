import { ImportRefusal } from '../../importedDocument';
import { inflateWithinLimits } from './inflateWithinLimits';
import { type ZipEntry, damagedZip, readZipDirectory } from './zipDirectory';
import { DEFAULT_ZIP_LIMITS, type ZipLimits, megabytes } from './zipLimits';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;

/**
 * A ZIP archive read lazily and within limits: entries are inflated only
 * when asked for, and everything inflated from one archive counts towards
 * its limits. Every problem is an ImportRefusal in the user's words.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: ZipLimits,
  ) {}

  /** Opens an archive from its central directory (nothing is inflated yet). */
  static open(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
    const entries = new Map<string, ZipEntry>();
    for (const entry of readZipDirectory(bytes, limits.maxEntries)) {
      // Directories hold nothing; a repeated name keeps its first entry.
      if (!entry.name.endsWith('/') && !entries.has(entry.name)) entries.set(entry.name, entry);
    }
    return new ZipArchive(bytes, entries, limits);
  }

  /** The names of the files in the archive. */
  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** An entry's bytes, inflated within the limits; undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & ENCRYPTED_FLAG) throw new ImportRefusal('is password-protected');
    const packed = this.packedData(entry);
    let content: Uint8Array;
    if (entry.method === DEFLATED) content = inflateWithinLimits(packed, this.limits, this.inflated);
    else if (entry.method === STORED) content = packed;
    else throw new ImportRefusal('uses a ZIP compression method Gloss cannot read');
    this.inflated += content.length;
    if (this.inflated > this.limits.maxTotalBytes) {
      throw new ImportRefusal(`looks like a zip bomb: it unpacks to more than ${megabytes(this.limits.maxTotalBytes)}`);
    }
    return content;
  }

  /** An entry as UTF-8 text; undefined when there is no such entry. */
  readText(name: string): string | undefined {
    const content = this.read(name);
    return content === undefined ? undefined : new TextDecoder('utf-8').decode(content);
  }

  /** Every file, inflated within the limits. */
  readAll(): Map<string, Uint8Array> {
    return new Map(this.names.map((name) => [name, this.read(name)!]));
  }

  private packedData(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const header = entry.localHeaderOffset;
    if (header + 30 > this.bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) throw damagedZip();
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw damagedZip();
    return this.bytes.subarray(start, end);
  }
}
