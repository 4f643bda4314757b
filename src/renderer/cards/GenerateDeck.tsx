import { useEffect, useRef, useState } from 'react';
import { api } from '../api/glossApi';
import { glossStore } from '../store/useGloss';

interface Progress {
  done: number;
  total: number;
}

interface GenerateDeckProps {
  documentId: string;
  /** Whether the document's deck already holds generated cards: "More cards" is offered then. */
  hasDeck: boolean;
  onDone: (message: string) => void;
}

/**
 * Makes (or remakes) the deck of a document from its key facts, the best
 * cards up to a budget for its length; "More cards" adds the next ones in
 * rank order. The work runs in a worker in the core; this shows its
 * progress and can cancel it.
 */
export function GenerateDeck({ documentId, hasDeck, onDone }: GenerateDeckProps) {
  const [progress, setProgress] = useState<Progress | null>(null);
  // Cards the key facts give beyond the deck, as the last generation here said; null before one ran.
  const [moreLeft, setMoreLeft] = useState<number | null>(null);
  const taskId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('task:progress', (event) => {
        if (event.taskId === taskId.current && event.done < event.total) setProgress({ done: event.done, total: event.total });
      }),
    [],
  );

  const start = async (more: boolean): Promise<void> => {
    const id = `cards-${crypto.randomUUID()}`;
    taskId.current = id;
    setProgress({ done: 0, total: 1 });
    try {
      const result = await api['cards:generate']({ documentId, taskId: id, more });
      setMoreLeft(result.more);
      onDone(generationMessage(result, more));
    } catch (error) {
      glossStore.getState().feedback.say((error as Error).message, { error: true });
    } finally {
      taskId.current = null;
      setProgress(null);
    }
  };

  if (!progress) {
    return (
      <>
        <button type="button" className="primary-button" onClick={() => void start(false)}>
          Make cards from key facts
        </button>
        {(moreLeft ?? (hasDeck ? 1 : 0)) > 0 && (
          <button type="button" className="secondary-button" onClick={() => void start(true)} title="Add the next most important cards from the key facts">
            More cards{moreLeft ? ` (${moreLeft} left)` : ''}
          </button>
        )}
      </>
    );
  }
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="generate-progress" role="status">
      <span>Making cards… {percent}%</span>
      <progress max={100} value={percent} aria-label="Card generation progress" />
      <button type="button" className="secondary-button" onClick={() => taskId.current && void api['task:cancel']({ taskId: taskId.current })}>
        Cancel
      </button>
    </div>
  );
}

/** What a generation did, in a sentence: the deck's size, what changed, and what "More cards" can still add. */
export function generationMessage(result: { added: number; updated: number; kept: number; total: number; more: number }, more: boolean): string {
  if (more && result.added === 0) return 'No more cards: the deck already holds every card the key facts give.';
  const changes = `${result.added} new, ${result.updated} updated${result.kept ? `, ${result.kept} kept from before` : ''}`;
  const left = result.more > 0 ? ` ${result.more} more can be added with More cards.` : '';
  return `${result.total} cards: ${changes}.${left}`;
}
