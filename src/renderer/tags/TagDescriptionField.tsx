import { useState } from 'react';

/** The longest description the core keeps. */
const MAX_DESCRIPTION = 4000;

/**
 * What a tag means, in the analyst's words (when to apply it, an example):
 * saved when the field is left, if it changed.
 */
export function TagDescriptionField({ initial, onSave }: { initial: string; onSave: (description: string) => Promise<boolean> }) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  // A description changed elsewhere (undone with Ctrl+Z) replaces what the field shows.
  const [shown, setShown] = useState(initial);
  if (initial !== shown) {
    setShown(initial);
    setValue(initial);
  }
  const save = async (): Promise<void> => {
    if (value.trim() === initial.trim()) return;
    setStatus('saving');
    setStatus((await onSave(value)) ? 'saved' : 'idle');
  };
  return (
    <div className="tag-description">
      <div className="tag-description-head">
        <label htmlFor="tag-description">Description</label>
        <span className="field-status" role="status">
          {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      <textarea
        id="tag-description"
        rows={4}
        maxLength={MAX_DESCRIPTION}
        placeholder="What the tag means, when to use it"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setStatus('idle');
        }}
        onBlur={() => void save()}
      />
    </div>
  );
}
