import { useState } from 'react';
import type { Category, CategoryId } from '../../shared/contract';
import { keysInWords } from '../actions/keyHints';

interface CategoryLegendProps {
  categories: readonly Category[];
  currentColor: CategoryId;
  onPick: (color: CategoryId) => void;
  onRename: (id: CategoryId, name: string) => void;
}

/** The legend of colours and what each stands for; pick the colour for new highlights, or rename one. */
export function CategoryLegend({ categories, currentColor, onPick, onRename }: CategoryLegendProps) {
  const [renaming, setRenaming] = useState(false);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <div className="panel-heading">
        <h2 id="legend-title" className="panel-title">
          Colours
        </h2>
        <button type="button" className="link-button" onClick={() => setRenaming((value) => !value)} aria-expanded={renaming}>
          {renaming ? 'Done' : 'Rename'}
        </button>
      </div>
      <ul className="legend-list">
        {categories.map((category, index) => (
          <li key={category.id}>
            {renaming ? (
              <label className="legend-rename">
                <span className={`swatch swatch-${category.id}`} aria-hidden="true" />
                <span className="visually-hidden">Name of colour {index + 1}</span>
                <input
                  defaultValue={category.name}
                  maxLength={40}
                  onBlur={(event) => {
                    const name = event.currentTarget.value.trim();
                    if (name && name !== category.name) onRename(category.id, name);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') event.currentTarget.blur();
                  }}
                />
              </label>
            ) : (
              <button
                type="button"
                className="legend-item"
                aria-pressed={category.id === currentColor}
                onClick={() => onPick(category.id)}
                title={`Use ${category.name} for new highlights (${keysInWords(`highlights.colour${index + 1}`)} on a selection)`}
              >
                <span className={`swatch swatch-${category.id}`} aria-hidden="true" />
                <span>{category.name}</span>
                <kbd aria-hidden="true">{index + 1}</kbd>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
