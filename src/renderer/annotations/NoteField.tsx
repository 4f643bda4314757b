import { useEffect, useEffectEvent, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { keyHint, keysInWords } from '../actions/keyHints';
import { NoteMarkdown } from './NoteMarkdown';
import type { SaveStatus } from './writeQueue';

/** What the workspace may do with the note from outside: Enter on a selected highlight writes in it. */
export interface NoteEditorHandle {
  /** Opens the note for writing and puts the keyboard in it. */
  focus: () => void;
}

interface NoteFieldProps {
  /** The note as stored (or being stored). */
  note: string;
  status: SaveStatus;
  handleRef: Ref<NoteEditorHandle>;
  onNote: (note: string) => void;
  /** Esc in the note: back to the text. */
  onLeave: () => void;
}

const NOTE_SAVE_DELAY_MS = 500;
const STATUS_TEXT: Record<SaveStatus, string> = { idle: '', saving: 'Saving…', saved: 'Saved', error: 'Not saved' };

/**
 * A highlight's note, shown one way at a time: rendered, or as the Markdown
 * being written. Enter or "Edit note" writes; Esc, Ctrl+Enter, "Done" or
 * leaving the field saves and shows it rendered again.
 */
export function NoteField({ note, status, handleRef, onNote, onLeave }: NoteFieldProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // What the stored note is, or is about to be: what was just sent, until the stored note (or a failure) comes back.
  const stored = useRef(note);
  useEffect(() => {
    stored.current = note;
  }, [note, status]);

  /** Sends the note written, unless it is stored already (Esc saves, then the field's blur would send the same text again). */
  const send = (text: string): void => {
    clearTimeout(pending.current);
    pending.current = undefined;
    if (text === stored.current) return;
    stored.current = text;
    onNote(text);
  };
  // Leaving this highlight (or the panel closing) must not lose a note being typed. Only a note being
  // written is saved: an undo may change the stored note while it is shown rendered.
  const sendOnLeave = useEffectEvent(() => {
    if (editing) send(draft);
  });
  useEffect(() => () => sendOnLeave(), []);

  const edit = (): void => {
    // Synchronous, so that the key right after Enter already lands in the field.
    flushSync(() => {
      // Start from the stored note (an undo may have changed it), unless the last save failed: keep what was typed.
      if (!editing && status !== 'error') setDraft(note);
      setEditing(true);
    });
    const field = fieldRef.current;
    if (!field) return;
    // At the end, where a note is usually continued.
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    field.scrollTop = field.scrollHeight;
  };
  const finish = (): void => {
    send(draft);
    setEditing(false);
  };
  /** Finishes and keeps the keyboard here, on "Edit note", rather than dropping it on the page. */
  const finishHere = (): void => {
    flushSync(finish);
    toggleRef.current?.focus();
  };
  useImperativeHandle(handleRef, () => ({ focus: edit }));

  return (
    <div className="note-field">
      <div className="note-heading">
        {editing ? (
          <label className="note-label" htmlFor="highlight-note">
            Note
          </label>
        ) : (
          <span className="note-label">Note</span>
        )}
        <span className="save-status" role="status">
          {STATUS_TEXT[status]}
        </span>
        {editing ? (
          // Pressing it must not blur the field first, or the field would close under the pointer.
          <button type="button" className="link-button" ref={toggleRef} onMouseDown={(event) => event.preventDefault()} onClick={finishHere}>
            Done
          </button>
        ) : (
          <button type="button" className="link-button" ref={toggleRef} onClick={edit} {...keyHint('highlights.note', 'Edit note')}>
            Edit note
          </button>
        )}
      </div>
      {editing ? (
        <>
          <textarea
            id="highlight-note"
            ref={fieldRef}
            value={draft}
            rows={5}
            placeholder="Write a note (Markdown works)…"
            onChange={(event) => {
              const text = event.target.value;
              setDraft(text);
              clearTimeout(pending.current);
              pending.current = setTimeout(() => send(text), NOTE_SAVE_DELAY_MS);
            }}
            onBlur={() => {
              // Switching to another window is not leaving the note.
              if (document.hasFocus()) finish();
              else send(draft);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                finish();
                onLeave();
              } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                finishHere();
              }
            }}
          />
          <p className="note-hint">Markdown works. Esc or {keysInWords('highlights.noteDone')}: done.</p>
        </>
      ) : note.trim() ? (
        <NoteMarkdown note={note} />
      ) : (
        <p className="note-empty">No note yet — press Enter to write one.</p>
      )}
    </div>
  );
}
