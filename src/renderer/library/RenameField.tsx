import { useState, type KeyboardEvent } from 'react';

interface RenameFieldProps {
  value: string;
  /** The field's accessible name ("New title for …"). */
  label: string;
  /** An empty value may be saved (a source may be blank; a title may not). */
  allowEmpty?: boolean;
  /** Saves the new value; resolves false when it was refused (the field stays for another try). */
  onSave: (value: string) => Promise<boolean>;
  /** The field is gone; `refocus`: the keyboard goes back to the row (not when the field was left for elsewhere). */
  onDone: (refocus: boolean) => void;
}

/** A document's title or source as a field: Enter saves, Esc cancels, leaving it saves a change; an empty title is refused. */
export function RenameField({ value: initial, label, allowEmpty = false, onSave, onDone }: RenameFieldProps) {
  const [value, setValue] = useState(initial);
  const [saving, setSaving] = useState(false);
  const save = async (refocus: boolean): Promise<void> => {
    if (saving) return;
    setSaving(true);
    const saved = await onSave(value);
    setSaving(false);
    if (saved) onDone(refocus);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // The row's own keys (arrows, Enter to open) must not see the field's.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void save(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone(true);
    }
  };
  return (
    <input
      className="rename-field"
      aria-label={label}
      aria-invalid={!allowEmpty && value.trim() === '' ? true : undefined}
      value={value}
      maxLength={500}
      // The field opens on F2 or the Rename button, so the keyboard goes straight into it.
      autoFocus
      onFocus={(event) => event.target.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => ((value.trim() || allowEmpty) && value.trim() !== initial ? void save(false) : onDone(false))}
    />
  );
}
