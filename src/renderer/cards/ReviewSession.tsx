import { useEffect, useRef, useState } from 'react';
import type { ReviewSurface } from '../../shared/actions';
import { useSurface } from '../actions/useActions';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { glossStore, useGloss } from '../store/useGloss';
import { ReviewCard } from './ReviewCard';
import { ReviewSummary } from './ReviewSummary';
import { TagSelect } from './TagSelect';
import { useReview } from './useReview';

/**
 * Review mode: the prompt, Space for the answer and its source, 1–4 to grade,
 * Ctrl+Z to take a grade back (keys from the review actions). Before Space
 * nothing that could hold the answer shows: not the source sentence, not the
 * document's title (a title such as "Interview with … Imangali Tasmagambetov"
 * answers "Who is…?").
 */
export function ReviewSession() {
  const documentId = useGloss((s) => s.current?.summary.id ?? null);
  const [scope, setScope] = useState<'library' | 'document'>('library');
  const [tag, setTag] = useState<string | null>(null);
  const tags = useApiQuery([], () => api['cards:tags']({}), { report: false }).data?.tags ?? [];
  const review = useReview(scope === 'document' ? documentId : null, tag);
  const { queue, current, revealed, stats } = review;
  const close = (): void => glossStore.getState().setView('read');
  const surface: ReviewSurface = {
    phase: !queue ? 'loading' : !current ? 'done' : revealed ? 'answer' : 'prompt',
    reveal: review.reveal,
    grade: (rating) => void review.grade(rating),
    undoGrade: () => void review.undo().then((undone) => glossStore.getState().feedback.say(undone ? 'Last grade taken back.' : 'Nothing to undo.')),
    close,
  };
  useSurface('review', surface);

  // Keep the keyboard on the card as it changes: the button that had the focus (Show answer, a grade) is gone
  // after it acts, and a screen reader should read the next prompt. A field the user is in keeps its focus.
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const focused = document.activeElement;
    const lost = !focused || focused === document.body || focused.id === 'review-title' || cardRef.current?.contains(focused);
    if (lost && cardRef.current && focused !== cardRef.current) cardRef.current.focus({ preventScroll: true });
  }, [current?.id, revealed]);

  return (
    <section className="review" aria-labelledby="review-title">
      <header className="view-header">
        <h1 id="review-title" tabIndex={-1}>
          Review
        </h1>
        <label className="review-scope">
          Cards of
          <select aria-label="Cards of" value={scope} onChange={(e) => setScope(e.target.value as 'library' | 'document')}>
            <option value="library">the whole library</option>
            <option value="document">this document</option>
          </select>
        </label>
        {tags.length > 0 && <TagSelect className="review-scope" tags={tags} value={tag} onChange={setTag} />}
        {queue && (
          <p className="review-counts" aria-label="Cards to review">
            <span className="count-new">{queue.counts.new} new</span> · <span className="count-learning">{queue.counts.learning} learning</span> ·{' '}
            <span className="count-due">{queue.counts.due} due</span>
          </p>
        )}
      </header>
      {!queue ? (
        <p role="status">Loading the cards due…</p>
      ) : !current ? (
        <ReviewSummary stats={stats} later={queue.later} onClose={close} />
      ) : (
        <ReviewCard ref={cardRef} card={current} revealed={revealed} onReveal={review.reveal} onGrade={surface.grade} />
      )}
    </section>
  );
}
