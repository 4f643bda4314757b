import { useImperativeHandle, type ReactNode, type Ref } from 'react';
import { TagChips } from './TagChips';
import { TagOptions } from './TagOptions';
import { useTagCombobox, type TagComboboxChanges } from './useTagCombobox';

/** What may be done with a tag field from outside: T puts the keyboard in it. */
export interface TagFieldHandle {
  focus: () => void;
}

interface TagComboboxProps extends TagComboboxChanges {
  /** The input's id; the list, options, hint and problem ids derive from it. */
  id: string;
  label: string;
  /** The chips' list, as a screen reader names it ("Tags of this highlight"). */
  chipsLabel: string;
  placeholder: string;
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
  const { id, tags, problem } = props;
  const { inputRef, text, suggestions, activeOption, optionId, announcement, close, pick, remove, type, onKeyDown } = useTagCombobox(id, props);
  useImperativeHandle(props.handleRef, () => ({ focus: () => inputRef.current?.focus() }));

  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;

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
          onChange={(event) => type(event.target.value)}
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
