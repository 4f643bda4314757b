import { keyHint } from '../actions/keyHints';

interface DrawerToggleProps {
  label: string;
  /** The action that does the same from the keyboard, for the tooltip. */
  action: string;
  /** The id of the drawer it shows and hides. */
  controls: string;
  /** Which side the drawer comes from; the icon shows that side's column. */
  side: 'left' | 'right';
  expanded: boolean;
  onToggle: () => void;
}

/** A top-bar button that shows or hides one of the side drawers of a narrow window. */
export function DrawerToggle({ label, action, controls, side, expanded, onToggle }: DrawerToggleProps) {
  return (
    <button type="button" className="drawer-toggle" aria-expanded={expanded} aria-controls={controls} onClick={onToggle} {...keyHint(action, label)}>
      <svg className="drawer-toggle-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <rect x="1.5" y="2.5" width="13" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <rect x={side === 'left' ? 2.5 : 9.5} y="3.5" width="4" height="9" rx="1" fill="currentColor" opacity="0.55" />
      </svg>
      <span className="drawer-toggle-label">{label}</span>
    </button>
  );
}
