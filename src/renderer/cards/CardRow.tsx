import { useState } from 'react';
import type { CardView, ErrorDetails } from '../../shared/contract';
import { cardProblem } from '../../shared/cardGeneration/cardRules';
import { shortened } from '../format';
import { ORIGIN_LABEL, STATUS_LABEL } from './cardLabels';
import { ClozeText } from './ClozeText';
import { FormProblemNote, type FormProblem } from './FormProblem';
import { relativeDue } from './relativeDue';

interface CardRowProps {
  card: CardView;
  /** Name the card's document: only when the list spans the library. */
  showDocument: boolean;
  /** Saves an edit; resolves to the problem when the core refuses it. */
  onSave: (prompt: string, answer: string, tags: string[]) => Promise<FormProblem | null>;
  onSuspend: (suspended: boolean) => void;
  onDelete: () => void;
  onShowInText: () => void;
  onShowCard: (card: ErrorDetails) => void;
}

/** The id of a card's row, so the browser can bring a card into view. */
export const cardRowId = (cardId: string): string => `row-${cardId}`;

/** One card in the browser: prompt and answer, its state, and what can be done to it (edit in place). */
export function CardRow({ card, showDocument, onSave, onSuspend, onDelete, onShowInText, onShowCard }: CardRowProps) {
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [tags, setTags] = useState(card.tags.join(', '));
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const save = async (): Promise<void> => {
    const tagList = tags.split(',').map((tag) => tag.trim()).filter(Boolean);
    // The core checks the same rules; asking here first answers at once.
    const local = cardProblem({ type: card.type, prompt, answer }) ?? (tagList.some((tag) => tag.length > 40) ? 'A tag is at most 40 characters.' : null);
    if (local) {
      setProblem({ message: local, existing: null });
      return;
    }
    const refused = await onSave(prompt, answer, tagList);
    setProblem(refused);
    if (!refused) setEditing(false);
  };
  const cancel = (): void => {
    setPrompt(card.prompt);
    setAnswer(card.answer);
    setTags(card.tags.join(', '));
    setProblem(null);
    setEditing(false);
  };

  return (
    <li id={cardRowId(card.id)} tabIndex={-1} className={`card-row status-${card.status}`} aria-label={`Card: ${card.prompt.slice(0, 80)}`}>
      {editing ? (
        <div className="card-edit">
          <label>
            Prompt
            <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} rows={3} />
          </label>
          <label>
            Answer
            <textarea value={answer} onChange={(e) => setAnswer(e.target.value)} rows={2} />
          </label>
          <label>
            Tags (separated by commas)
            <input value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
          {problem && <FormProblemNote problem={problem} onShowCard={onShowCard} />}
          <div className="form-actions">
            <button type="button" className="secondary-button" onClick={cancel}>
              Cancel
            </button>
            <button type="button" className="primary-button" onClick={() => void save()}>
              Save card
            </button>
          </div>
        </div>
      ) : (
        <>
          <div className="card-body">
            <p className="card-prompt">
              <span className="card-type">{card.type === 'cloze' ? 'Cloze' : 'Q&A'}</span> <ClozeText text={card.prompt} />
            </p>
            <p className="card-answer">{card.answer}</p>
            {card.tags.length > 0 && (
              <p className="card-tags" aria-label="Tags">
                {card.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </p>
            )}
            <p className="card-meta">
              {STATUS_LABEL[card.status]} · {ORIGIN_LABEL[card.origin]} · {card.reps > 0 ? `due ${relativeDue(card.due)}` : 'not studied yet'}
              {showDocument && (
                <>
                  {' · '}
                  <span title={card.documentTitle}>{shortened(card.documentTitle, 40)}</span>
                </>
              )}
            </p>
          </div>
          <div className="card-actions">
            {card.source?.anchor && (
              <button type="button" className="link-button" onClick={onShowInText}>
                Show in text
              </button>
            )}
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="link-button" onClick={() => onSuspend(card.status !== 'suspended')}>
              {card.status === 'suspended' ? 'Unsuspend' : 'Suspend'}
            </button>
            <button type="button" className="link-button danger" onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}
