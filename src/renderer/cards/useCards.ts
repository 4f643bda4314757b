import { useCallback } from 'react';
import type { CardStatus, CardView } from '../../shared/contract';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { glossStore } from '../store/useGloss';
import { formProblemOf, type FormProblem } from './FormProblem';

export interface CardFilters {
  /** A document id, or null for the whole library. */
  documentId: string | null;
  status: CardStatus | 'due' | 'all';
  origin: CardView['origin'] | 'all';
  tag: string | null;
}

/** The card browser's list and the library's tags; every change reloads both from the core. */
export function useCards(filters: CardFilters) {
  const list = useApiQuery([filters], () =>
    api['cards:list']({
      ...(filters.documentId ? { documentId: filters.documentId } : {}),
      ...(filters.status !== 'all' ? { status: filters.status } : {}),
      ...(filters.origin !== 'all' ? { origin: filters.origin } : {}),
      ...(filters.tag ? { tag: filters.tag } : {}),
    }),
  );
  // Every tag in the library, for the filter; refreshed whenever the list is.
  const tags = useApiQuery([], () => api['cards:tags']({}));
  const { reload: reloadList } = list;
  const { reload: reloadTags } = tags;
  const reload = useCallback(() => {
    reloadList();
    reloadTags();
  }, [reloadList, reloadTags]);

  /** Runs a change and reloads the list; a failure is said in the window's message. */
  const act = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work();
        reload();
        return true;
      } catch (error) {
        glossStore.getState().feedback.say((error as Error).message, { error: true });
        return false;
      }
    },
    [reload],
  );

  /** A form's save: on failure the form shows the problem itself (with the card it repeats), so no message is said. */
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

  return { cards: list.data?.cards ?? null, tags: tags.data?.tags ?? [], reload, act, submit };
}
