import { useId, useState } from 'react';
import type { CategoryId } from '../../shared/contract';
import { selectCategories, useGloss } from '../store/useGloss';

interface TagColourChoiceProps {
  value: CategoryId | undefined;
  /** Saves the colour (null: none); resolves false when it could not be saved. */
  onChange: (color: CategoryId | null) => Promise<boolean>;
}

/** A tag's colour: one of the five highlight colours (named as the user named them), or none; shown chosen at once, put back if not saved. */
export function TagColourChoice({ value, onChange }: TagColourChoiceProps) {
  const categories = useGloss(selectCategories);
  const name = useId();
  const [chosen, setChosen] = useState(value);
  // A colour changed elsewhere (the tree read again, Ctrl+Z) replaces the one shown.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setChosen(value);
  }
  const choose = async (color: CategoryId | undefined): Promise<void> => {
    setChosen(color);
    if (!(await onChange(color ?? null))) setChosen(value);
  };
  return (
    <fieldset className="tag-colours">
      <legend>Colour</legend>
      <label className="tag-colour">
        <input type="radio" name={name} checked={chosen === undefined} onChange={() => void choose(undefined)} />
        <span className="tag-swatch tag-swatch-none" aria-hidden="true" />
        None
      </label>
      {categories.map((category) => (
        <label key={category.id} className="tag-colour">
          <input type="radio" name={name} checked={chosen === category.id} onChange={() => void choose(category.id)} />
          <span className={`tag-swatch swatch swatch-${category.id}`} aria-hidden="true" />
          {category.name}
        </label>
      ))}
    </fieldset>
  );
}
