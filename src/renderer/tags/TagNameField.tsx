import { useId, useState, type KeyboardEvent } from 'react';

interface TagNameFieldProps {
  /** The tag's name as it is. */
  initial: string;
  /** Why the last try was refused, shown under the field (the core's words). */
  problem: string | null;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/**
 * A tag's new name: Enter renames (onto an existing tag, the view asks
 * before merging), Esc cancels. A refusal stays under the field, which keeps
 * what was typed for another try.
 */
export function TagNameField({ initial, problem, onSubmit, onCancel }: TagNameFieldProps) {
  const [value, setValue] = useState(initial);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  return (
    <form
      className="tag-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
    >
      <label htmlFor={`${id}-name`}>New name</label>
      <div className="tag-name-row">
        <input
          id={`${id}-name`}
          className="tag-name-input"
          value={value}
          maxLength={200}
          // The field opens on F2 or the Rename button: the keyboard goes straight into it.
          autoFocus
          onFocus={(event) => event.target.select()}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        />
        <button type="submit" className="primary-button">
          Rename
        </button>
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Use “/” for a tag under another (“war/1812”). The name of an existing tag merges this one into it.
      </p>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
