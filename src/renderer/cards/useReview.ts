import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodResult } from '../../shared/contract';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { glossStore } from '../store/useGloss';

type Queue = MethodResult<'review:queue'>;
type QueueCard = Queue['cards'][number];

export interface SessionStats {
  reviewed: number;
  byRating: [number, number, number, number];
  startedAt: number;
  /** When the last grade was given, for the session's length. */
  lastAt: number;
}

const report = (error: unknown): void => glossStore.getState().feedback.say((error as Error).message, { error: true });

/** The queue's params for a scope: a document and/or a tag, or the whole library. */
function scopeOf(documentId: string | null, tag: string | null): { documentId?: string; tag?: string } {
  return { ...(documentId ? { documentId } : {}), ...(tag ? { tag } : {}) };
}

/**
 * A review session: loads the due queue, shows one card at a time, grades it
 * (the core schedules it with FSRS and logs the review), and can take back
 * the last grade. Cards graded Again come back within the session when due.
 */
export function useReview(documentId: string | null, tag: string | null) {
  // The card to put in front of the next queue (the one whose grade was just taken back).
  const front = useRef<string | null>(null);
  const { data: queue, reload } = useApiQuery([documentId, tag], async () => {
    const next = await api['review:queue'](scopeOf(documentId, tag));
    const index = front.current ? next.cards.findIndex((card) => card.id === front.current) : -1;
    front.current = null;
    if (index > 0) next.cards.unshift(...next.cards.splice(index, 1));
    return next;
  });
  // The queue whose first card shows its answer: a new queue starts with the prompt.
  const [revealedIn, setRevealedIn] = useState<Queue | null>(null);
  const revealed = queue !== null && revealedIn === queue;
  const [stats, setStats] = useState<SessionStats>(() => ({ reviewed: 0, byRating: [0, 0, 0, 0], startedAt: Date.now(), lastAt: Date.now() }));
  const last = useRef<{ card: QueueCard; rating: 1 | 2 | 3 | 4 } | null>(null);
  // The queue whose first card was just graded: a second key press before the next card shows grades nothing.
  const graded = useRef<Queue | null>(null);
  const current = queue?.cards[0] ?? null;

  // A card graded Again comes back in minutes: when nothing else is due, fetch the queue again as it does.
  const next = queue && queue.cards.length === 0 ? queue.later.next : null;
  useEffect(() => {
    if (!next) return;
    const timer = setTimeout(reload, Math.max(0, new Date(next).getTime() - Date.now()) + 1000);
    return () => clearTimeout(timer);
  }, [next, reload]);

  const count = (rating: 1 | 2 | 3 | 4, step: 1 | -1, at?: number): void =>
    setStats((s) => ({ ...s, reviewed: s.reviewed + step, byRating: s.byRating.map((n, i) => (i === rating - 1 ? n + step : n)) as SessionStats['byRating'], lastAt: at ?? s.lastAt }));

  const grade = async (rating: 1 | 2 | 3 | 4): Promise<void> => {
    if (!current || !revealed || graded.current === queue) return;
    graded.current = queue;
    try {
      await api['review:grade']({ documentId: current.documentId, cardId: current.id, rating });
      last.current = { card: current, rating };
      count(rating, 1, Date.now());
      reload();
    } catch (error) {
      graded.current = null;
      report(error);
    }
  };

  const undo = async (): Promise<boolean> => {
    const previous = last.current;
    if (!previous) return false;
    try {
      await api['review:undo']({ documentId: previous.card.documentId, cardId: previous.card.id });
      last.current = null;
      count(previous.rating, -1);
      front.current = previous.card.id;
      reload();
      return true;
    } catch (error) {
      report(error);
      return false;
    }
  };

  const reveal = useCallback(() => setRevealedIn(queue), [queue]);
  return { queue, current, revealed, reveal, grade, undo, stats };
}
