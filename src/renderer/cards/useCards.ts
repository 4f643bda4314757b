import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardStatus, CardView } from '../../shared/contract';
import { api } from '../api/glossApi';
import { formProblemOf, type FormProblem } from './FormProblem';

export interface CardFilters {
  /** A document id, or null for the whole library. */
  documentId: string | null;
  status: CardStatus | 'due' | 'all';
  origin: CardView['origin'] | 'all';
  tag: string | null;
}

/** The card browser's list and its actions; every action reloads the list from the core. */
export function useCards(filters: CardFilters, onError: (message: string) => void) {
  const [cards, setCards] = useState<CardView[] | null>(null);
  // The latest error callback, without making the list reload whenever the parent renders.
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let cancelled = false;
    api['cards:list']({
      ...(filters.documentId ? { documentId: filters.documentId } : {}),
      ...(filters.status !== 'all' ? { status: filters.status } : {}),
      ...(filters.origin !== 'all' ? { origin: filters.origin } : {}),
      ...(filters.tag ? { tag: filters.tag } : {}),
    }).then(
      ({ cards: list }) => !cancelled && setCards(list),
      (error: Error) => !cancelled && report.current(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [filters.documentId, filters.status, filters.origin, filters.tag, version]);

  // Every tag in the library, for the filter; refreshed whenever the list is.
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let cancelled = false;
    api['cards:tags']({}).then(
      (result) => !cancelled && setTags(result.tags),
      (error: Error) => !cancelled && report.current(error.message),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);

  const act = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        reload();
        return true;
      } catch (error) {
        report.current((error as Error).message);
        return false;
      }
    },
    [reload],
  );

  /** A form's save: on failure the form shows the problem itself (with the card it repeats), so no message is passed up. */
  const submit = useCallback(
    async (work: () => Promise<unknown>): Promise<FormProblem | null> => {
      try {
        await work();
        reload();
        return null;
      } catch (error) {
        return formProblemOf(error);
      }
    },
    [reload],
  );

  return { cards, tags, reload, act, submit };
}
