/**
 * Key chords as the action list writes them: modifiers in a fixed order, then
 * the key as the browser names it, letters in lower case: 'j', '?', 'Enter',
 * 'Space', 'Mod+z', 'Mod+Shift+h'. Mod is Ctrl, or Cmd on a Mac.
 */
export type Chord = string;

/** The parts of a keyboard event a chord is read from. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const NAMED: Record<string, string> = { ' ': 'Space', Esc: 'Escape' };

/** The chord of a key press; Shift is named only with letters and named keys, as printable symbols ('?') already carry it. */
export function chordOf(event: KeyPress): Chord {
  const key = NAMED[event.key] ?? event.key;
  const letter = /^[a-z]$/i.test(key);
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Mod');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey && (letter || key.length > 1)) parts.push('Shift');
  parts.push(letter ? key.toLowerCase() : key);
  return parts.join('+');
}

/** A chord split into its modifiers and its key ('Mod+Shift+h' → ['Mod', 'Shift'], 'h'); a lone '+' is a key. */
function split(chord: Chord): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  const key = parts.pop() || '+';
  return { modifiers: parts.filter((part) => part !== ''), key };
}

const SHOWN_KEYS: Record<string, string> = { Escape: 'Esc', ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** A chord as people read it: 'Ctrl+Shift+H' ('Cmd+Shift+H' on a Mac), 'Esc', 'Space', 'J'. */
export function formatChord(chord: Chord, mac = false): string {
  const { modifiers, key } = split(chord);
  const names = modifiers.map((modifier) => (modifier === 'Mod' ? (mac ? 'Cmd' : 'Ctrl') : modifier));
  return [...names, SHOWN_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}

/** A chord in the form of the aria-keyshortcuts attribute: 'Control+Shift+H', 'Escape', 'Space'. */
export function ariaChord(chord: Chord, mac = false): string {
  const { modifiers, key } = split(chord);
  const names = modifiers.map((modifier) => (modifier === 'Mod' ? (mac ? 'Meta' : 'Control') : modifier));
  return [...names, key.length === 1 ? key.toUpperCase() : key].join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = { Escape: 'Esc', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', '+': 'Plus' };

/** A chord as an Electron menu accelerator: 'CmdOrCtrl+Shift+H', 'Esc', 'Space', 'J'. */
export function acceleratorOf(chord: Chord): string {
  const { modifiers, key } = split(chord);
  const names = modifiers.map((modifier) => (modifier === 'Mod' ? 'CmdOrCtrl' : modifier));
  return [...names, ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}

/** Whether a chord holds Ctrl/Cmd or Alt, so it cannot be typed as text. */
export function hasCommandModifier(chord: Chord): boolean {
  const { modifiers } = split(chord);
  return modifiers.includes('Mod') || modifiers.includes('Alt');
}
