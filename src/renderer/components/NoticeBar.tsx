import type { Notice } from '../../shared/contract';
import { formatDate } from '../format';

/** Messages the core raised (recovered files, upgrades), each dismissible. */
export function NoticeBar({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="alert">
          <p>
            <time dateTime={notice.at}>{formatDate(notice.at)}</time> {notice.message}
          </p>
          <button type="button" onClick={() => onDismiss(notice.id)} aria-label="Dismiss notice">
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
