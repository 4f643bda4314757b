import { formatDate } from '../format';
import { glossStore, useGloss } from '../store/useGloss';

/** Messages the core raised (recovered files, upgrades), each dismissible; they stay until dismissed. */
export function NoticeBar() {
  const notices = useGloss((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.level}`} role="alert">
          <p>
            <time dateTime={notice.at}>{formatDate(notice.at)}</time> {notice.message}
          </p>
          <button type="button" onClick={() => void glossStore.getState().dismissNotice(notice.id)} aria-label="Dismiss notice">
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
