import { useLayoutEffect, useRef } from 'react';
import type { CategoryId } from '../../shared/contract';
import { keyHint } from '../actions/keyHints';
import { selectCategories, useGloss } from '../store/useGloss';
import type { TextSelection } from './useTextSelection';

/**
 * The small toolbar over a selection: "Highlight" in the current colour, or
 * one of the five colours (keys 1–5 while it is open). Pressing a button
 * never takes the focus or the selection away from the text.
 */
export function SelectionToolbar({ selection, onHighlight }: { selection: TextSelection; onHighlight: (color: CategoryId | null) => void }) {
  const categories = useGloss(selectCategories);
  const currentColor = useGloss((s) => s.settings?.currentColor ?? 'c1');
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    // Placed with CSSOM (allowed by the CSP), above the selection, kept inside the window.
    const width = element.offsetWidth;
    element.style.left = `${Math.max(8, Math.min(window.innerWidth - width - 8, selection.left - width / 2 + 40))}px`;
    element.style.top = `${Math.max(8, selection.top - element.offsetHeight - 10)}px`;
  }, [selection]);
  return (
    <div ref={bar} className="selection-toolbar" role="toolbar" aria-label="Highlight selection" onMouseDown={(event) => event.preventDefault()}>
      <button type="button" className="toolbar-highlight" onClick={() => onHighlight(null)} {...keyHint('highlights.highlight', 'Highlight')}>
        <span className={`swatch swatch-${currentColor}`} aria-hidden="true" />
        Highlight
      </button>
      <span className="toolbar-divider" aria-hidden="true" />
      {categories.map((category, index) => (
        <button key={category.id} type="button" className="toolbar-color" aria-label={category.name} onClick={() => onHighlight(category.id)} {...keyHint(`highlights.colour${index + 1}`, category.name)}>
          <span className={`swatch swatch-${category.id}`} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
