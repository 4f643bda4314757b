import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodResult } from '../../shared/contract';
import { api } from '../api/glossApi';

type Queue = MethodResult<'review:queue'>;
type QueueCard = Queue['cards'][number];

export interface SessionStats {
  reviewed: number;
  byRating: [number, number, number, number];
  startedAt: number;
  /** When the last grade was given, for the session's length. */
  lastAt: number;
}

/**
 * A review session: loads the due queue, shows one card at a time, grades it
 * (the core schedules it with FSRS and logs the review), and can take back
 * the last grade. Cards graded Again come back within the session when due.
 */
export function useReview(documentId: string | null, tag: string | null, onError: (message: string) => void) {
  const [queue, setQueue] = useState<Queue | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [stats, setStats] = useState<SessionStats>(() => ({ reviewed: 0, byRating: [0, 0, 0, 0], startedAt: Date.now(), lastAt: Date.now() }));
  const last = useRef<{ card: QueueCard; rating: 1 | 2 | 3 | 4 } | null>(null);
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });

  /** Reloads the queue; `first` puts that card in front (the one whose grade was just taken back). */
  const load = useCallback(async (first?: string) => {
    try {
      const next = await api['review:queue'](scopeOf(documentId, tag));
      const index = first ? next.cards.findIndex((card) => card.id === first) : -1;
      if (index > 0) next.cards.unshift(...next.cards.splice(index, 1));
      setQueue(next);
      setRevealed(false);
    } catch (error) {
      report.current((error as Error).message);
    }
  }, [documentId, tag]);

  useEffect(() => {
    let cancelled = false;
    api['review:queue'](scopeOf(documentId, tag)).then(
      (next) => !cancelled && setQueue(next),
      (error: Error) => !cancelled && report.current(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [documentId, tag]);

  const current = queue?.cards[0] ?? null;

  // A card graded Again comes back in minutes: when nothing else is due, fetch the queue again as it does.
  const next = queue && queue.cards.length === 0 ? queue.later.next : null;
  useEffect(() => {
    if (!next) return;
    const timer = setTimeout(() => void load(), Math.max(0, new Date(next).getTime() - Date.now()) + 1000);
    return () => clearTimeout(timer);
  }, [next, load]);

  const grade = useCallback(async (rating: 1 | 2 | 3 | 4) => {
    if (!current || !revealed) return;
    try {
      await api['review:grade']({ documentId: current.documentId, cardId: current.id, rating });
      last.current = { card: current, rating };
      setStats((s) => {
        const byRating = s.byRating.map((n, i) => (i === rating - 1 ? n + 1 : n)) as SessionStats['byRating'];
        return { ...s, reviewed: s.reviewed + 1, byRating, lastAt: Date.now() };
      });
      await load();
    } catch (error) {
      report.current((error as Error).message);
    }
  }, [current, revealed, load]);

  const undo = useCallback(async (): Promise<boolean> => {
    const previous = last.current;
    if (!previous) return false;
    try {
      await api['review:undo']({ documentId: previous.card.documentId, cardId: previous.card.id });
      last.current = null;
      setStats((s) => {
        const byRating = s.byRating.map((n, i) => (i === previous.rating - 1 ? n - 1 : n)) as SessionStats['byRating'];
        return { ...s, reviewed: s.reviewed - 1, byRating };
      });
      await load(previous.card.id);
      return true;
    } catch (error) {
      report.current((error as Error).message);
      return false;
    }
  }, [load]);

  return { queue, current, revealed, reveal: () => setRevealed(true), grade, undo, stats };
}

/** The queue's params for a scope: a document and/or a tag, or the whole library. */
function scopeOf(documentId: string | null, tag: string | null): { documentId?: string; tag?: string } {
  return { ...(documentId ? { documentId } : {}), ...(tag ? { tag } : {}) };
}
