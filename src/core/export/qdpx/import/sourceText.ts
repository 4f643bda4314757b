import { MAX_TEXT_BYTES } from '../../../import/formats/decodeText';
import type { ZipArchive } from '../../../import/formats/zip/zipArchive';
import { codePointIndex, countBelow } from '../codePoints';
import type { ProjectTextSource } from './projectModel';

/** A source's text as Gloss stores it, and how the project's positions map into it. */
export interface SourceText {
  /** The text, line endings as LF. */
  text: string;
  /** The UTF-16 offset in `text` of a code point position in the file's text; null past its end. */
  offsetOf(codePoint: number): number | null;
  /** The file's length in code points, for messages. */
  length: number;
  /** Why the text may not be what the exporting program wrote (not UTF-8). */
  warning?: string;
}

/** The file's bytes as text: UTF-8 as the standard has it (a byte order mark dropped), or UTF-16 by its mark. */
function decode(bytes: Uint8Array): { text: string; valid: boolean } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) bytes = bytes.subarray(3);
  else if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    return { text: new TextDecoder(a === 0xff ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), valid: true };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), valid: false };
  }
}

/**
 * The text with CRLF and lone CR line endings as LF, and a map from the
 * file's code point positions to offsets in it: a CR dropped before an LF
 * shifts every later offset by one.
 */
export function sourceTextOf(raw: string): Omit<SourceText, 'warning'> {
  const index = codePointIndex(raw);
  const droppedCarriageReturns: number[] = [];
  for (let at = raw.indexOf('\r\n'); at >= 0; at = raw.indexOf('\r\n', at + 2)) droppedCarriageReturns.push(at);
  const text = raw.replace(/\r\n?/g, '\n');
  return {
    text,
    length: index.length,
    offsetOf: (codePoint) => {
      const unit = index.toUnit(codePoint);
      return unit === null ? null : unit - countBelow(droppedCarriageReturns, unit);
    },
  };
}

/** The archive entry a plainTextPath names ("internal://<file>" inside sources/, any case); null for a file kept outside the project. */
function entryName(archive: ZipArchive, path: string): string | null {
  const match = /^internal:\/\/(.+)$/i.exec(path.trim());
  if (!match) return null;
  const wanted = `sources/${match[1]!.replace(/^\/+/, '')}`.toLowerCase();
  return archive.names.find((name) => name.toLowerCase() === wanted) ?? null;
}

/**
 * A text source's (or note's) text: inline as PlainTextContent or from its
 * file in the archive. Returns a reason instead when it cannot be read.
 */
export function readSourceText(archive: ZipArchive, source: ProjectTextSource): SourceText | { problem: string } {
  if (source.plainTextContent !== undefined && !source.plainTextPath) return sourceTextOf(source.plainTextContent);
  if (!source.plainTextPath) return { problem: 'has no text (neither PlainTextContent nor a plainTextPath)' };
  const name = entryName(archive, source.plainTextPath);
  if (!name) return { problem: `keeps its text outside the project (${source.plainTextPath})` };
  const bytes = archive.read(name)!;
  if (bytes.byteLength > MAX_TEXT_BYTES) return { problem: `holds over ${MAX_TEXT_BYTES / 1048576} MB of text, more than one document can hold` };
  const { text, valid } = decode(bytes);
  return { ...sourceTextOf(text), ...(valid ? {} : { warning: 'is not valid UTF-8; its unreadable bytes are shown as �' }) };
}
