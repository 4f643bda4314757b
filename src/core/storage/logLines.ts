/**
 * The line format of an append-only log (see AppendOnlyLog): one JSON entry
 * per line. Only whole lines count: a last line without its newline was torn
 * by a crash or a failed write, and is left out when the log is read or copied.
 */

/** What reading a log found: its entries in order, and how many lines could not be read. */
export interface LogContents<T> {
  entries: T[];
  /** Lines that are not valid entries (kept in the file, never rewritten). */
  unreadableLines: number;
}

/** The entries of a log's whole lines; a line that is not JSON or not an entry is counted, not fatal. */
export function parseLines<T>(text: string, parse: (raw: unknown) => T | null): LogContents<T> {
  const entries: T[] = [];
  let unreadableLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let entry: T | null;
    try {
      entry = parse(JSON.parse(line));
    } catch {
      entry = null;
    }
    if (entry === null) unreadableLines++;
    else entries.push(entry);
  }
  return { entries, unreadableLines };
}

/** The whole lines of a log's text (a torn last line left out), for copying it. */
export function wholeLines(text: string): string {
  return text.slice(0, text.lastIndexOf('\n') + 1);
}

/**
 * wholeLines on the file's bytes, without decoding them (a long review log
 * costs tens of milliseconds to decode and encode again). A newline byte is
 * never part of another UTF-8 character, so the cut falls where it does in the text.
 */
export function wholeLineBytes(bytes: Buffer): Buffer {
  return bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
}
