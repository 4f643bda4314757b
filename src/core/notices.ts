import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { Notice } from '../shared/contract';
import type { EventBus } from './events';
import type { DurableDb } from './storage/durableDb';
import { openVersionedFile } from './storage/versionedFile';

export const NOTICES_FILE_VERSION = 1;

/** notices.json: what the user has been told and not yet dismissed, so it survives a restart. */
export const NoticesFileData = z.strictObject({
  schemaVersion: z.literal(NOTICES_FILE_VERSION),
  notices: z.array(Notice),
});
export type NoticesFileData = z.infer<typeof NoticesFileData>;

/** Messages the user must see (recoveries, restores, upgrades), kept until dismissed, across restarts when stored. */
export class NoticeBoard {
  private notices: Notice[];
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly events: EventBus,
    private readonly now: () => Date,
    /** Where notices are kept between runs; without it they last as long as the process. */
    private readonly store?: DurableDb<NoticesFileData>,
  ) {
    this.notices = store ? [...store.data.notices] : [];
  }

  /**
   * Shows a message until it is dismissed; the same message still showing is
   * not repeated. `keep: false` shows it for this run only, without writing
   * (for a process that may no longer write its data directory).
   */
  raise(level: Notice['level'], message: string, { keep = true }: { keep?: boolean } = {}): Notice {
    const showing = this.notices.find((notice) => notice.message === message && notice.level === level);
    if (showing) return showing;
    const notice: Notice = { id: randomUUID(), level, message, at: this.now().toISOString() };
    this.notices.push(notice);
    if (keep) this.save().catch(() => undefined); // logged in save; the notice shows either way
    this.events.emit('app:notice', notice);
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  /** Removes a notice; resolves once that is on disk (if it cannot be written, the notice stays). */
  async dismiss(id: string): Promise<void> {
    const index = this.notices.findIndex((notice) => notice.id === id);
    if (index < 0) return;
    const [dismissed] = this.notices.splice(index, 1);
    try {
      await this.save();
    } catch (error) {
      this.notices.splice(index, 0, dismissed!);
      throw error;
    }
  }

  /** Resolves once every notice change so far has been written (or has failed to be). */
  flush(): Promise<void> {
    return this.saving;
  }

  /**
   * Writes the whole list. Unlike other data, a notice that could not be
   * written is still shown: telling the user matters more than the file, and
   * the next write that succeeds stores it.
   */
  private save(): Promise<void> {
    const { store } = this;
    if (!store) return Promise.resolve();
    const list = [...this.notices];
    const next = this.saving.then(() =>
      store.update((data) => {
        data.notices = list;
      }),
    );
    this.saving = next.catch((error: unknown) => console.error('Gloss: notices could not be saved:', error));
    return next;
  }
}

/** Opens notices.json (a damaged one is set aside and started afresh, which is itself noted). */
export async function openNoticeBoard(dataDir: string, events: EventBus, now: () => Date): Promise<NoticeBoard> {
  const opened = await openVersionedFile<NoticesFileData>({
    path: join(dataDir, 'notices.json'),
    currentVersion: NOTICES_FILE_VERSION,
    schema: NoticesFileData,
    migrations: {},
    now,
    create: () => ({ schemaVersion: NOTICES_FILE_VERSION, notices: [] }),
    recover: async () => ({ data: { schemaVersion: NOTICES_FILE_VERSION, notices: [] }, summary: 'Notices not yet dismissed may have been lost.' }),
  });
  const board = new NoticeBoard(events, now, opened.db);
  for (const message of opened.notices) board.raise('warning', message);
  return board;
}
