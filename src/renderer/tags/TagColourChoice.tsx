import type { CategoryId } from '../../shared/contract';
import { selectCategories, useGloss } from '../store/useGloss';

/** A tag's colour: one of the five highlight colours (named as the user named them), or none. */
export function TagColourChoice({ value, onChange }: { value: CategoryId | undefined; onChange: (color: CategoryId | null) => void }) {
  const categories = useGloss(selectCategories);
  const name = 'tag-colour';
  return (
    <fieldset className="tag-colours">
      <legend>Colour</legend>
      <label className="tag-colour">
        <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(null)} />
        <span className="tag-swatch tag-swatch-none" aria-hidden="true" />
        None
      </label>
      {categories.map((category) => (
        <label key={category.id} className="tag-colour">
          <input type="radio" name={name} checked={value === category.id} onChange={() => onChange(category.id)} />
          <span className={`tag-swatch swatch swatch-${category.id}`} aria-hidden="true" />
          {category.name}
        </label>
      ))}
    </fieldset>
  );
}
