import { useState } from 'react';
import type { ErrorDetails } from '../../shared/contract';
import { cardProblem } from '../../shared/cardGeneration/cardRules';
import { FormProblemNote, type FormProblem } from './FormProblem';

interface AddCardFormProps {
  /** Saves the card; resolves to the problem when the core refuses it. */
  onAdd: (type: 'qa' | 'cloze', prompt: string, answer: string) => Promise<FormProblem | null>;
  onShowCard: (card: ErrorDetails) => void;
}

/** A card written by hand: question and answer, or a cloze with [...] in the prompt. */
export function AddCardForm({ onAdd, onShowCard }: AddCardFormProps) {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<'qa' | 'cloze'>('qa');
  const [prompt, setPrompt] = useState('');
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  if (!open) {
    return (
      <button type="button" className="secondary-button" onClick={() => setOpen(true)}>
        Add a card
      </button>
    );
  }
  const close = (): void => {
    setProblem(null);
    setOpen(false);
  };
  return (
    <form
      className="add-card"
      aria-label="New card"
      onSubmit={(event) => {
        event.preventDefault();
        // The core checks the same rules; asking here first answers at once.
        const local = cardProblem({ type, prompt, answer });
        if (local) {
          setProblem({ message: local, existing: null });
          return;
        }
        void onAdd(type, prompt, answer).then((refused) => {
          setProblem(refused);
          if (refused) return;
          setPrompt('');
          setAnswer('');
          close();
        });
      }}
    >
      <label>
        Kind
        <select value={type} onChange={(e) => setType(e.target.value as 'qa' | 'cloze')}>
          <option value="qa">Question and answer</option>
          <option value="cloze">Cloze (write [...] where the answer goes)</option>
        </select>
      </label>
      <label>
        Prompt
        <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} required placeholder={type === 'cloze' ? 'The summit is held in [...].' : 'Which city hosts the summit?'} />
      </label>
      <label>
        Answer
        <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} rows={2} required placeholder="Minsk" />
      </label>
      {problem && <FormProblemNote problem={problem} onShowCard={onShowCard} />}
      <div className="form-actions">
        <button type="button" className="secondary-button" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="primary-button">
          Add card
        </button>
      </div>
    </form>
  );
}
