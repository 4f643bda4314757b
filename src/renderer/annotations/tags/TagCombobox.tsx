import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { tagFieldCommand } from './tagFieldKeys';
import { TagChips } from './TagChips';
import { TagOptions } from './TagOptions';
import { suggestTags } from './tagSuggestions';

/** What may be done with a tag field from outside: T puts the keyboard in it. */
export interface TagFieldHandle {
  focus: () => void;
}

interface TagComboboxProps {
  /** The input's id; the list, options, hint and problem ids derive from it. */
  id: string;
  label: string;
  /** The chips' list, as a screen reader names it ("Tags of this highlight"). */
  chipsLabel: string;
  placeholder: string;
  tags: readonly string[];
  codebook: readonly string[];
  /** Enter or a comma on typed text: the tags it added (the field empties), or none (the text stays, to be fixed). */
  onAddTyped: (typed: string) => readonly string[];
  /** A suggestion chosen (Enter on the active one, or a click). */
  onPick: (tag: string) => void;
  onRemove: (tag: string) => void;
  /** Backspace in the empty field: takes the last tag off, returning it (null when there was none). */
  onRemoveLast: () => string | null;
  /** Esc with no suggestions open: true once handled; false leaves the key to what is around the field. */
  onEscape: () => boolean;
  /** The field takes the keyboard (the codebook is asked again). */
  onFocus?: () => void;
  /** Why the last change was refused, shown under the field and announced. */
  problem: string | null;
  /** The keys, under the field. */
  hint: ReactNode;
  /** The key that brings the keyboard here, shown beside the label ('T') and told as aria-keyshortcuts. */
  shortcut?: { shown: string; aria: string };
  handleRef?: Ref<TagFieldHandle>;
}

/**
 * Tags as chips, each with its remove button, and a combobox to add more
 * with suggestions from the codebook (the APG's list autocomplete with
 * manual selection: ↑ ↓ move the active option, announced through
 * aria-activedescendant while the keyboard stays in the field). Changes are
 * announced in a polite live region; a refusal is an alert the field points
 * to with aria-describedby.
 */
export function TagCombobox(props: TagComboboxProps) {
  const { id, tags, codebook, problem } = props;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(props.handleRef, () => ({ focus: () => inputRef.current?.focus() }));

  const suggestions = open ? suggestTags(codebook, text, tags) : [];
  const activeOption = active !== null && active < suggestions.length ? active : null;
  const listId = `${id}-suggestions`;
  const optionId = (index: number): string => `${id}-option-${index}`;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;

  useEffect(() => {
    if (activeOption !== null) document.getElementById(optionId(activeOption))?.scrollIntoView({ block: 'nearest' });
  });

  const close = (): void => {
    setOpen(false);
    setActive(null);
  };
  const pick = (tag: string): void => {
    props.onPick(tag);
    setText('');
    close();
    setAnnouncement(`Added tag ${tag}`);
  };
  const remove = (tag: string): void => {
    props.onRemove(tag);
    setAnnouncement(`Removed tag ${tag}`);
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const command = tagFieldCommand(event.key, { text, suggestions: suggestions.length, active: activeOption, tags: tags.length });
    if (!command || (command.type === 'leave' && !props.onEscape())) return;
    event.preventDefault();
    // The field's keys are its own: Esc must not also close a drawer or clear a filter around it.
    event.stopPropagation();
    switch (command.type) {
      case 'pick':
        pick(suggestions[command.index]!);
        break;
      case 'add': {
        const added = text.trim() === '' ? [] : props.onAddTyped(text);
        if (added.length === 0) break;
        setAnnouncement(`Added ${added.length === 1 ? 'tag' : 'tags'} ${added.join(', ')}`);
        setText('');
        close();
        break;
      }
      case 'removeLast': {
        const removed = props.onRemoveLast();
        if (removed) setAnnouncement(`Removed tag ${removed}`);
        break;
      }
      case 'move':
        setActive(command.active);
        break;
      case 'open':
        setOpen(true);
        setActive(0);
        break;
      case 'close':
        close();
        break;
    }
  };

  return (
    <div className="tag-field">
      <label className="field-label" htmlFor={id}>
        {props.label}
        {props.shortcut && (
          <kbd className="field-key" aria-hidden="true">
            {props.shortcut.shown}
          </kbd>
        )}
      </label>
      {/* A press on the box, beside the chips, is a press on the field. */}
      <div className="tag-box" onMouseDown={(event) => event.target === event.currentTarget && (event.preventDefault(), inputRef.current?.focus())}>
        <TagChips label={props.chipsLabel} tags={tags} onRemove={remove} />
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption !== null ? optionId(activeOption) : undefined}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          aria-invalid={problem ? true : undefined}
          aria-keyshortcuts={props.shortcut?.aria}
          autoComplete="off"
          spellCheck={false}
          placeholder={props.placeholder}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={props.onFocus}
          onBlur={close}
        />
      </div>
      <TagOptions id={listId} label={`${props.label}: suggestions`} suggestions={suggestions} active={activeOption} optionId={optionId} onPick={pick} />
      {problem && (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <p id={hintId} className="field-hint">
        {props.hint}
      </p>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
