import { open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errnoCode } from './errno';
import { parseLines, wholeLineBytes, type LogContents } from './logLines';
import { explainWriteFailure } from './storageError';
import { assertWritesAllowed, truncateIfAllowed, writeIfAllowed } from './writeFence';
import { fsyncDirectory } from './writeFileAtomic';

export { parseLines, wholeLineBytes, wholeLines, type LogContents } from './logLines';

export interface AppendOnlyLogOptions<T> {
  /** An entry from one parsed line, or null if the line is not a valid entry. */
  parse: (raw: unknown) => T | null;
  /** Called after each append that reached the disk. */
  onWritten?: () => void;
}

/**
 * A JSON-lines file that only ever grows: each entry is one line, appended
 * and fsynced before the append resolves, so recording something costs a
 * few hundred bytes however long the history is. A line torn by a crash
 * (or a failed write) is never acknowledged; it is cut off before the next
 * append, and ignored when read. The file is never rewritten otherwise.
 */
export class AppendOnlyLog<T> {
  /** Bytes of the file that end with a whole line: where the next append starts. */
  private goodLength = 0;
  /** The file holds bytes past goodLength (a torn line) that must go before the next append. */
  private tornTail = false;
  private exists = false;
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly options: AppendOnlyLogOptions<T>,
  ) {}

  /** Opens (without creating) the log at `path` and reads what it holds. */
  static async open<T>(path: string, options: AppendOnlyLogOptions<T>): Promise<{ log: AppendOnlyLog<T>; contents: LogContents<T> }> {
    const log = new AppendOnlyLog(path, options);
    const contents = await log.read();
    return { log, contents };
  }

  /** Whether the file existed when opened or has been written since. */
  get onDisk(): boolean {
    return this.exists;
  }

  /** Appends one entry durably. On failure nothing counts as written, and the error says why in words. */
  append(entry: T): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const next = this.queue.then(() => this.put(line));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every append asked for so far has ended. */
  flush(): Promise<void> {
    return this.queue;
  }

  private async read(): Promise<LogContents<T>> {
    let raw: Buffer;
    try {
      raw = await readFile(this.path);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { entries: [], unreadableLines: 0 };
      throw error;
    }
    this.exists = true;
    const good = wholeLineBytes(raw);
    this.goodLength = good.length;
    this.tornTail = good.length < raw.length;
    return parseLines(good.toString('utf8'), this.options.parse);
  }

  private async put(line: string): Promise<void> {
    assertWritesAllowed(this.path);
    const created = !this.exists;
    try {
      const handle = await open(this.path, 'a', 0o600);
      try {
        if (this.tornTail) {
          truncateIfAllowed(this.path, handle.fd, this.goodLength);
          this.tornTail = false;
        }
        const bytes = Buffer.from(line, 'utf8');
        try {
          // Asked again right at the write: this process may have been paused since, and another Gloss taken the directory.
          writeIfAllowed(this.path, handle.fd, bytes);
          await handle.sync();
        } catch (error) {
          // Part of the line may be in the file: cut it off now, or else before anything else is appended.
          this.tornTail = true;
          try {
            truncateIfAllowed(this.path, handle.fd, this.goodLength);
            this.tornTail = false;
          } catch {
            // Cut before the next append instead; a fenced Gloss cuts nothing, the file is its successor's.
          }
          throw error;
        }
        this.goodLength += bytes.length;
      } finally {
        await handle.close();
      }
      this.exists = true;
      if (created) await fsyncDirectory(dirname(this.path));
    } catch (error) {
      throw explainWriteFailure(error);
    }
    this.options.onWritten?.();
  }
}
