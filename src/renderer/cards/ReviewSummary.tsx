import type { MethodResult } from '../../shared/contract';
import { relativeDue } from './relativeDue';
import type { SessionStats } from './useReview';

const RATING_LABELS = ['Again', 'Hard', 'Good', 'Easy'] as const;

/** "3 cards come back later today, the next in 10 min." — or nothing when none do. */
export function laterToday({ count, next }: MethodResult<'review:queue'>['later']): string | null {
  if (count === 0 || !next) return null;
  return count === 1 ? `1 card comes back later today, ${relativeDue(next)}.` : `${count} cards come back later today, the next ${relativeDue(next)}.`;
}

/** The end of a session (or a review with nothing due): what was done, and what comes back later today. */
export function ReviewSummary({ stats, later, onClose }: { stats: SessionStats; later: MethodResult<'review:queue'>['later']; onClose: () => void }) {
  const comesBack = laterToday(later);
  return (
    <div className="review-summary" role="status">
      <h2>{stats.reviewed > 0 ? 'Session complete' : 'Nothing due right now'}</h2>
      {stats.reviewed > 0 && (
        <p>
          {stats.reviewed} {stats.reviewed === 1 ? 'card' : 'cards'} reviewed in {Math.max(1, Math.round((stats.lastAt - stats.startedAt) / 60000))} min —{' '}
          {RATING_LABELS.map((label, i) => `${stats.byRating[i]} ${label}`).join(', ')}.
        </p>
      )}
      {comesBack && (
        <p>
          {comesBack} {later.count === 1 ? 'It shows' : 'They show'} here when due.
        </p>
      )}
      <button type="button" className="primary-button" onClick={onClose}>
        Back to reading
      </button>
    </div>
  );
}
