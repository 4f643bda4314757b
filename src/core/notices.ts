import { randomUUID } from 'node:crypto';
import type { Notice } from '../shared/contract';
import type { EventBus } from './events';

/** Messages the user must see once (recoveries, upgrades), kept until dismissed. */
export class NoticeBoard {
  private readonly notices: Notice[] = [];

  constructor(
    private readonly events: EventBus,
    private readonly now: () => Date,
  ) {}

  raise(level: Notice['level'], message: string): Notice {
    const notice: Notice = { id: randomUUID(), level, message, at: this.now().toISOString() };
    this.notices.push(notice);
    this.events.emit('app:notice', notice);
    return notice;
  }

  list(): Notice[] {
    return [...this.notices];
  }

  dismiss(id: string): void {
    const index = this.notices.findIndex((notice) => notice.id === id);
    if (index >= 0) this.notices.splice(index, 1);
  }
}
