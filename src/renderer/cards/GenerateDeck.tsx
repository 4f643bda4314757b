import { useEffect, useRef, useState } from 'react';
import { api } from '../api/glossApi';
import { glossStore } from '../store/useGloss';

interface Progress {
  done: number;
  total: number;
}

/**
 * Makes (or remakes) the deck of a document from its key facts. The work runs
 * in a worker in the core; this shows its progress and can cancel it.
 */
export function GenerateDeck({ documentId, onDone }: { documentId: string; onDone: (message: string) => void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const taskId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('task:progress', (event) => {
        if (event.taskId === taskId.current && event.done < event.total) setProgress({ done: event.done, total: event.total });
      }),
    [],
  );

  const start = async (): Promise<void> => {
    const id = `cards-${crypto.randomUUID()}`;
    taskId.current = id;
    setProgress({ done: 0, total: 1 });
    try {
      const result = await api['cards:generate']({ documentId, taskId: id });
      onDone(`${result.total} cards: ${result.added} new, ${result.updated} updated${result.kept ? `, ${result.kept} kept from before` : ''}.`);
    } catch (error) {
      glossStore.getState().feedback.say((error as Error).message, { error: true });
    } finally {
      taskId.current = null;
      setProgress(null);
    }
  };

  if (!progress) {
    return (
      <button type="button" className="primary-button" onClick={() => void start()}>
        Make cards from key facts
      </button>
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
