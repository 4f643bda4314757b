import type { Ref } from 'react';
import type { MethodResult } from '../../shared/contract';
import { actionById } from '../../shared/actions';
import { keyHint, keysOf } from '../actions/keyHints';
import { glossStore } from '../store/useGloss';
import { ClozeText } from './ClozeText';

type QueueCard = MethodResult<'review:queue'>['cards'][number];

const RATINGS = [
  { rating: 1, label: 'Again', key: 'again' },
  { rating: 2, label: 'Hard', key: 'hard' },
  { rating: 3, label: 'Good', key: 'good' },
  { rating: 4, label: 'Easy', key: 'easy' },
] as const;

const REVEAL_KEY = keysOf(actionById('review.showAnswer')!)[0];

interface ReviewCardProps {
  card: QueueCard;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (rating: 1 | 2 | 3 | 4) => void;
  ref: Ref<HTMLElement>;
}

/** The card under review: its prompt; after Show answer, the answer, its source and the four grades with their next intervals. */
export function ReviewCard({ card, revealed, onReveal, onGrade, ref }: ReviewCardProps) {
  return (
    <article className="review-card" aria-label="Card" tabIndex={-1} ref={ref}>
      <p className="review-prompt">
        <ClozeText text={card.prompt} answer={revealed && card.type === 'cloze' ? card.answer : undefined} />
      </p>
      {revealed ? (
        <>
          {/* A cloze shows its answer in the sentence itself, which is also its source. */}
          {card.type === 'qa' && (
            <p className="review-answer" aria-label="Answer">
              {card.answer}
            </p>
          )}
          {card.type === 'qa' && card.source && <blockquote className="review-source">{card.source.exact}</blockquote>}
          <p className="review-from">
            From {card.documentTitle}
            {card.source?.anchor && (
              <>
                {' · '}
                <button type="button" className="link-button show-in-text" onClick={() => glossStore.getState().showInText(card)}>
                  Show in text
                </button>
              </>
            )}
          </p>
          <div className="grade-buttons" role="group" aria-label="How well did you remember?">
            {RATINGS.map(({ rating, label, key }) => (
              <button key={rating} type="button" className={`grade grade-${key}`} onClick={() => onGrade(rating)} aria-label={`${label}, next in ${card.intervals[key]}`} aria-keyshortcuts={keyHint(`review.grade${label}`, label)['aria-keyshortcuts']}>
                {/* The key is drawn by CSS (data-key), so the visible words are exactly those of the name. */}
                <span className="grade-label" data-key={rating}>
                  {label}
                </span>{' '}
                <span className="grade-interval">next in {card.intervals[key]}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <button type="button" className="primary-button reveal-button" onClick={onReveal} {...keyHint('review.showAnswer', 'Show the answer')}>
          Show answer <kbd>{REVEAL_KEY}</kbd>
        </button>
      )}
    </article>
  );
}
