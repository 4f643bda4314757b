import { useState } from 'react';

/** A card written by hand: question and answer, or a cloze with [...] in the prompt. */
export function AddCardForm({ onAdd }: { onAdd: (type: 'qa' | 'cloze', prompt: string, answer: string) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<'qa' | 'cloze'>('qa');
  const [prompt, setPrompt] = useState('');
  const [answer, setAnswer] = useState('');
  if (!open) {
    return (
      <button type="button" className="secondary-button" onClick={() => setOpen(true)}>
        Add a card
      </button>
    );
  }
  return (
    <form
      className="add-card"
      aria-label="New card"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd(type, prompt, answer).then((added) => {
          if (!added) return;
          setPrompt('');
          setAnswer('');
          setOpen(false);
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
        <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={2} required />
      </label>
      <label>
        Answer
        <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} rows={2} required />
      </label>
      <div className="card-actions">
        <button type="button" className="secondary-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" className="primary-button">
          Add card
        </button>
      </div>
    </form>
  );
}
