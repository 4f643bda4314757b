import { useEffect, useRef, useState } from 'react';
import { api } from '../api/glossApi';
import type { CardView } from '../../shared/contract';
import { useGlobalShortcuts } from '../hooks/useGlobalShortcuts';
import { ClozeText } from './ClozeText';
import { ReviewSummary } from './ReviewSummary';
import { TagSelect } from './TagSelect';
import { useReview } from './useReview';

interface ReviewSessionProps {
  /** The open document, which the review can be limited to. */
  documentId: string;
  onShowInText: (card: CardView) => void;
  onClose: () => void;
  onMessage: (message: string, error?: boolean) => void;
}

const RATINGS = [
  { rating: 1, label: 'Again', key: 'again' },
  { rating: 2, label: 'Hard', key: 'hard' },
  { rating: 3, label: 'Good', key: 'good' },
  { rating: 4, label: 'Easy', key: 'easy' },
] as const;

/**
 * Review mode: the prompt, Space for the answer and its source, 1–4 to grade,
 * Ctrl+Z to take a grade back. Before Space nothing that could hold the
 * answer shows: not the source sentence, not the document's title (a title
 * such as "Interview with … Imangali Tasmagambetov" answers "Who is…?").
 */
export function ReviewSession({ documentId, onShowInText, onClose, onMessage }: ReviewSessionProps) {
  const [scope, setScope] = useState<'library' | 'document'>('library');
  const [tag, setTag] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    api['cards:tags']({}).then(
      (result) => setTags(result.tags),
      () => setTags([]),
    );
  }, []);
  const review = useReview(scope === 'document' ? documentId : null, tag, (message) => onMessage(message, true));
  const { queue, current, revealed, stats } = review;
  useGlobalShortcuts({
    ' ': () => (current && !revealed ? (review.reveal(), true) : false),
    Enter: () => (current && !revealed ? (review.reveal(), true) : false),
    ...Object.fromEntries(RATINGS.map(({ rating }) => [String(rating), () => (revealed ? (void review.grade(rating), true) : false)])),
    'Mod+z': () => (void review.undo().then((undone) => onMessage(undone ? 'Last grade taken back.' : 'Nothing to undo.')), true),
    Escape: () => (onClose(), true),
  });

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
        <ReviewSummary stats={stats} later={queue.later} onClose={onClose} />
      ) : (
        <article className="review-card" aria-label="Card" tabIndex={-1} ref={cardRef}>
          <p className="review-prompt">
            <ClozeText text={current.prompt} answer={revealed && current.type === 'cloze' ? current.answer : undefined} />
          </p>
          {revealed ? (
            <>
              {/* A cloze shows its answer in the sentence itself, which is also its source. */}
              {current.type === 'qa' && (
                <p className="review-answer" aria-label="Answer">
                  {current.answer}
                </p>
              )}
              {current.type === 'qa' && current.source && <blockquote className="review-source">{current.source.exact}</blockquote>}
              <p className="review-from">
                From {current.documentTitle}
                {current.source?.anchor && (
                  <>
                    {' · '}
                    <button type="button" className="link-button show-in-text" onClick={() => onShowInText(current)}>
                      Show in text
                    </button>
                  </>
                )}
              </p>
              <div className="grade-buttons" role="group" aria-label="How well did you remember?">
                {RATINGS.map(({ rating, label, key }) => (
                  <button key={rating} type="button" className={`grade grade-${key}`} onClick={() => void review.grade(rating)} aria-label={`${label}, next in ${current.intervals[key]}`} aria-keyshortcuts={String(rating)}>
                    {/* The key is drawn by CSS (data-key), so the visible words are exactly those of the name. */}
                    <span className="grade-label" data-key={rating}>
                      {label}
                    </span>{' '}
                    <span className="grade-interval">next in {current.intervals[key]}</span>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button type="button" className="primary-button reveal-button" onClick={review.reveal}>
              Show answer <kbd>Space</kbd>
            </button>
          )}
        </article>
      )}
    </section>
  );
}
