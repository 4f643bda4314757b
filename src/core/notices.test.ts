import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from './events';
import { openNoticeBoard } from './notices';

const now = () => new Date('2026-11-28T10:00:00.000Z');
const freshDir = () => mkdtemp(join(tmpdir(), 'gloss-notices-'));

describe('NoticeBoard', () => {
  it('keeps notices across a restart until they are dismissed', async () => {
    const dir = await freshDir();
    const first = await openNoticeBoard(dir, new EventBus(), now);
    const kept = first.raise('warning', 'library.json was restored.');
    const dismissed = first.raise('info', 'The library was restored to a snapshot.');
    await first.dismiss(dismissed.id);
    await first.flush();
    const second = await openNoticeBoard(dir, new EventBus(), now);
    expect(second.list()).toEqual([kept]);
    await second.dismiss(kept.id);
    expect((await openNoticeBoard(dir, new EventBus(), now)).list()).toEqual([]);
  });

  it('does not repeat a message that is still showing, and tells the renderer of each new one', async () => {
    const events = new EventBus();
    const told: string[] = [];
    events.on('app:notice', ({ id }) => told.push(id));
    const board = await openNoticeBoard(await freshDir(), events, now);
    const first = board.raise('warning', 'Same thing.');
    expect(board.raise('warning', 'Same thing.')).toBe(first);
    expect(board.list()).toHaveLength(1);
    expect(told).toEqual([first.id]);
  });

  it('starts afresh from a damaged notices file, keeping it aside, and says so', async () => {
    const dir = await freshDir();
    await writeFile(join(dir, 'notices.json'), '{"schemaVersion":1,"notices":[');
    const board = await openNoticeBoard(dir, new EventBus(), now);
    expect(board.list().map((n) => n.message)).toEqual([expect.stringMatching(/^notices\.json could not be read .* kept as notices\.json\.damaged-.*Notices not yet dismissed may have been lost\./)]);
    await board.flush();
    expect(JSON.parse(await readFile(join(dir, 'notices.json'), 'utf8')).notices).toHaveLength(1);
  });
});
