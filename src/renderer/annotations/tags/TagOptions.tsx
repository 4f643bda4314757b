import { TagLabel } from './TagLabel';

interface TagOptionsProps {
  id: string;
  label: string;
  suggestions: readonly string[];
  /** The active option's index, or null. */
  active: number | null;
  optionId: (index: number) => string;
  onPick: (tag: string) => void;
}

/** The listbox of suggested tags under a tag field; a press picks one without taking the keyboard from the field. */
export function TagOptions({ id, label, suggestions, active, optionId, onPick }: TagOptionsProps) {
  return (
    <ul className="tag-suggestions" id={id} role="listbox" aria-label={label} hidden={suggestions.length === 0}>
      {suggestions.map((tag, index) => (
        <li key={tag} id={optionId(index)} role="option" aria-selected={index === active} onMouseDown={(event) => event.preventDefault()} onClick={() => onPick(tag)}>
          <TagLabel tag={tag} />
        </li>
      ))}
    </ul>
  );
}
