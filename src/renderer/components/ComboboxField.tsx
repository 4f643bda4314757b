import type { KeyboardEvent } from 'react';
import { SearchIcon } from './SearchIcon';

/** What a search combobox's field needs: its name, its list, the active option, and what to do as the query changes. */
export interface ComboboxFieldProps<T> {
  label: string;
  placeholder: string;
  listId: string;
  /** Whether the list shows options. */
  expanded: boolean;
  /** The active option, announced through aria-activedescendant, and its element's id. */
  current: T | null;
  idOf: (option: T) => string;
  query: string;
  /** A new query (the active option then goes back to the first, through onMove). */
  onQuery: (query: string) => void;
  /** Enter on the active option. */
  onChoose: (option: T) => void;
  /** The index the active option moves to for a key (↑ ↓, Page Up / Down), or undefined for a key it does not move on. */
  moved: (key: string) => number | undefined;
  onMove: (index: number) => void;
  describedBy?: string;
  maxLength?: number;
}

/**
 * The text field of a search combobox (the palette, the library search):
 * the keyboard stays in it while ↑ ↓ move the active option of the list it
 * controls, and Enter chooses that option.
 */
export function ComboboxField<T>(props: ComboboxFieldProps<T>) {
  const { current, onChoose, moved, onMove } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter' && current) {
      event.preventDefault();
      onChoose(current);
      return;
    }
    const next = moved(event.key);
    if (next !== undefined) {
      event.preventDefault();
      onMove(next);
    }
  };
  return (
    <div className="palette-search">
      <SearchIcon className="palette-icon" />
      <input
        type="text"
        role="combobox"
        aria-label={props.label}
        aria-expanded={props.expanded}
        aria-controls={props.listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? props.idOf(current) : undefined}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        autoComplete="off"
        spellCheck={false}
        maxLength={props.maxLength}
        value={props.query}
        onChange={(event) => {
          props.onQuery(event.target.value);
          onMove(0);
        }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
