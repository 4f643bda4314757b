import type { ReactNode } from 'react';
import type { PaletteItem } from './paletteItems';

/** The label with the characters the query matched drawn in the accent colour. */
function marked(label: string, matched: readonly number[]): ReactNode {
  if (matched.length === 0) return label;
  const hits = new Set(matched);
  const parts: ReactNode[] = [];
  let run = '';
  let inMatch = false;
  const flush = (): void => {
    if (run) parts.push(inMatch ? <mark key={parts.length}>{run}</mark> : run);
    run = '';
  };
  [...label].forEach((char, index) => {
    if (hits.has(index) !== inMatch) {
      flush();
      inMatch = hits.has(index);
    }
    run += char;
  });
  flush();
  return parts;
}

interface PaletteOptionProps {
  id: string;
  item: PaletteItem;
  matched: readonly number[];
  active: boolean;
  onChoose: () => void;
}

/** One option of the palette: what it does, its group, and its keys. */
export function PaletteOption({ id, item, matched, active, onChoose }: PaletteOptionProps) {
  return (
    <li id={id} role="option" aria-selected={active} className={`palette-option palette-${item.kind}`} onClick={onChoose} onMouseDown={(event) => event.preventDefault()}>
      <span className="palette-label">{marked(item.label, matched)}</span>
      <span className="palette-detail">{item.detail}</span>
      <span className="palette-keys">
        {item.keys.map((key) => (
          <kbd key={key}>{key}</kbd>
        ))}
      </span>
    </li>
  );
}
