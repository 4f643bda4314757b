import { useEffect, useRef, useState, type Ref } from 'react';
import type { AnnotationView, Category, CategoryId } from '../../shared/contract';
import { formatDateTime } from '../format';
import { NoteMarkdown } from './NoteMarkdown';
import type { SaveStatus } from './useAnnotations';

interface HighlightDetailProps {
  annotation: AnnotationView;
  categories: Category[];
  status: SaveStatus;
  noteRef: Ref<HTMLTextAreaElement>;
  onColor: (color: CategoryId) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
  /** Esc in the note: back to the text. */
  onLeave: () => void;
}

const NOTE_SAVE_DELAY_MS = 500;
const STATUS_TEXT: Record<SaveStatus, string> = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

/** The selected highlight: its quote, colour, note (Markdown), times, and delete. */
export function HighlightDetail({ annotation, categories, status, noteRef, onColor, onNote, onDelete, onLeave }: HighlightDetailProps) {
  const [draft, setDraft] = useState(annotation.note);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, saved: annotation.note, onNote });
  useEffect(() => {
    latest.current = { draft, saved: annotation.note, onNote };
  });
  const flush = (): void => {
    clearTimeout(pending.current);
    pending.current = undefined;
    const { draft: text, saved, onNote: save } = latest.current;
    if (text !== saved) save(text);
  };
  // Leaving this highlight (or the panel closing) must not lose a note being typed.
  useEffect(() => () => flush(), []);

  return (
    <section className="highlight-detail" aria-label="Selected highlight">
      <blockquote className={`detail-quote quote-${annotation.color}`}>{annotation.quote}</blockquote>
      {annotation.orphanReason && (
        <p className="orphan-reason" role="note">
          Not in the text: {annotation.orphanReason}
        </p>
      )}
      <div className="color-choices" role="radiogroup" aria-label="Colour">
        {categories.map((category) => (
          <button key={category.id} type="button" role="radio" aria-checked={annotation.color === category.id} onClick={() => onColor(category.id)} title={category.name}>
            <span className={`swatch swatch-${category.id}`} aria-hidden="true" />
            <span className="visually-hidden">{category.name}</span>
          </button>
        ))}
      </div>
      <label className="note-label" htmlFor="highlight-note">
        Note <span className="save-status" role="status">{STATUS_TEXT[status]}</span>
      </label>
      <textarea
        id="highlight-note"
        ref={noteRef}
        value={draft}
        rows={5}
        placeholder="Write a note (Markdown works)…"
        onChange={(event) => {
          setDraft(event.target.value);
          clearTimeout(pending.current);
          pending.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            flush();
            onLeave();
          }
        }}
      />
      {draft.trim() && <NoteMarkdown note={draft} />}
      <p className="detail-times">
        {annotation.created && <>Created {formatDateTime(annotation.created)}</>}
        {annotation.modified && annotation.modified !== annotation.created && <> · edited {formatDateTime(annotation.modified)}</>}
      </p>
      <button type="button" className="danger-button" onClick={onDelete}>
        Delete highlight
      </button>
    </section>
  );
}
