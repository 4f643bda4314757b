import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendOnlyLog, parseLines, wholeLineBytes, wholeLines } from './appendOnlyLog';
import { fenceWrites, guardWrites, unfenceWrites, unguardWrites } from './writeFence';

interface Entry {
  n: number;
}
const parse = (raw: unknown): Entry | null => (typeof (raw as Entry | null)?.n === 'number' ? (raw as Entry) : null);
const newLogPath = async () => join(await mkdtemp(join(tmpdir(), 'gloss-log-')), 'log.jsonl');

describe('AppendOnlyLog', () => {
  it('appends one line per entry and reads them back in order; a missing file is an empty log', async () => {
    const path = await newLogPath();
    const { log, contents } = await AppendOnlyLog.open(path, { parse });
    expect(contents).toEqual({ entries: [], unreadableLines: 0 });
    expect(log.onDisk).toBe(false);
    await log.append({ n: 1 });
    await log.append({ n: 2 });
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
    expect((await AppendOnlyLog.open(path, { parse })).contents.entries).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('ignores a line torn by a crash and cuts it off before the next append', async () => {
    const path = await newLogPath();
    await writeFile(path, '{"n":1}\n{"n":');
    const { log, contents } = await AppendOnlyLog.open(path, { parse });
    expect(contents.entries).toEqual([{ n: 1 }]);
    await log.append({ n: 2 });
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });

  it('counts unreadable lines, keeps them in the file and reads every other entry', async () => {
    const path = await newLogPath();
    await writeFile(path, '{"n":1}\nnot json\n{"other":true}\n{"n":3}\n');
    const { log, contents } = await AppendOnlyLog.open(path, { parse });
    expect(contents).toEqual({ entries: [{ n: 1 }, { n: 3 }], unreadableLines: 2 });
    await log.append({ n: 4 });
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\nnot json\n{"other":true}\n{"n":3}\n{"n":4}\n');
  });

  it('writes nothing once the data directory is fenced (its lock went to another Gloss)', async () => {
    const path = await newLogPath();
    const { log } = await AppendOnlyLog.open(path, { parse });
    await log.append({ n: 1 });
    fenceWrites(join(path, '..'));
    try {
      await expect(log.append({ n: 2 })).rejects.toMatchObject({ code: 'closing' });
    } finally {
      unfenceWrites(join(path, '..'));
    }
    await log.append({ n: 3 });
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n{"n":3}\n');
  });

  it('an append after another process wrote a torn tail still starts on a line of its own', async () => {
    const path = await newLogPath();
    const { log } = await AppendOnlyLog.open(path, { parse });
    await log.append({ n: 1 });
    await appendFile(path, '{"n":');
    // The log does not know of the torn bytes; a reader still sees whole entries only.
    expect(parseLines(wholeLines(await readFile(path, 'utf8')), parse).entries).toEqual([{ n: 1 }]);
  });

  it('writes nothing once the lock on disk is another process’s, even for an append already under way', async () => {
    const path = await newLogPath();
    const dir = join(path, '..');
    const { log } = await AppendOnlyLog.open(path, { parse });
    await log.append({ n: 1 });
    // The lock is still this process's when the append starts, and another's by the time its file is open.
    let checks = 0;
    guardWrites(dir, () => ++checks < 2);
    try {
      await expect(log.append({ n: 2 })).rejects.toMatchObject({ code: 'closing' });
      // Refused at the write itself (the second check), not only at the start.
      expect(checks).toBeGreaterThanOrEqual(2);
    } finally {
      unguardWrites(dir);
      unfenceWrites(dir);
    }
    expect(await readFile(path, 'utf8')).toBe('{"n":1}\n');
  });
});

describe('whole lines of a log', () => {
  it('leave out a torn last line, in text and in bytes alike, whatever characters the lines hold', () => {
    for (const text of ['{"q":"Пьер 東京 😀"}\n{"q":"Нат', '{"n":1}\n', '{"n":', '', '\n\n{"n":2}\n😀']) {
      const bytes = Buffer.from(text, 'utf8');
      expect(wholeLineBytes(bytes).toString('utf8')).toBe(wholeLines(text));
    }
    expect(wholeLineBytes(Buffer.from('{"q":"Пьер"}\n{"q":"Нат', 'utf8')).toString('utf8')).toBe('{"q":"Пьер"}\n');
  });
});
