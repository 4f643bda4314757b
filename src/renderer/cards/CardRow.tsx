import { useState } from 'react';
import type { CardView } from '../../shared/contract';
import { formatDate } from '../format';
import { ClozeText } from './ClozeText';

interface CardRowProps {
  card: CardView;
  onSave: (prompt: string, answer: string, tags: string[]) => Promise<boolean>;
  onSuspend: (suspended: boolean) => void;
  onDelete: () => void;
  onShowInText: () => void;
}

const STATUS_LABEL: Record<CardView['status'], string> = { new: 'New', learning: 'Learning', review: 'Review', suspended: 'Suspended' };

/** One card in the browser: prompt and answer, its state, and what can be done to it (edit in place). */
export function CardRow({ card, onSave, onSuspend, onDelete, onShowInText }: CardRowProps) {
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [tags, setTags] = useState(card.tags.join(', '));
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (): Promise<void> => {
    if (!answer.trim() || !prompt.trim()) {
      setProblem('A card needs both a prompt and an answer.');
      return;
    }
    const tagList = tags.split(',').map((tag) => tag.trim()).filter(Boolean);
    if (tagList.some((tag) => tag.length > 40)) {
      setProblem('A tag is at most 40 characters.');
      return;
    }
    if (await onSave(prompt, answer, tagList)) setEditing(false);
  };

  return (
    <li className={`card-row status-${card.status}`} aria-label={`Card: ${card.prompt.slice(0, 80)}`}>
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
          {problem && <p className="form-problem" role="alert">{problem}</p>}
          <div className="card-actions">
            <button type="button" className="secondary-button" onClick={() => setEditing(false)}>
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
              {STATUS_LABEL[card.status]} · {card.origin} · {card.reps > 0 ? `due ${formatDate(card.due)}` : 'not studied yet'} · {card.documentTitle}
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
