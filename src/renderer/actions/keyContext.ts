import type { AppView, Chord, KeyContext } from '../../shared/actions';

/** What decides the context of a key besides its target. */
export interface KeyEnvironment {
  dialogOpen: boolean;
  view: AppView;
  editing: boolean;
}

/** Whether the target is a text field: an input, a text area, a select, or editable content other than the reader's text. */
export function isTextField(target: EventTarget | null): boolean {
  const element = target as Partial<HTMLElement> | null;
  if (!element || typeof element.closest !== 'function') return false;
  if (element.isContentEditable) return element.closest('[data-reading]') === null;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName ?? '');
}

/** Where the keyboard is: a dialog first, then a text field, then the view (the reader reading or being edited). */
export function keyContextOf(target: EventTarget | null, environment: KeyEnvironment): KeyContext {
  if (environment.dialogOpen) return 'dialog';
  if (isTextField(target)) return 'field';
  if (environment.view === 'cards') return 'cards';
  if (environment.view === 'review') return 'review';
  if (environment.view === 'library') return 'library';
  if (environment.view === 'tags') return 'tags';
  return environment.editing ? 'editing' : 'reading';
}

const ACTIVATION_KEYS = new Set<Chord>(['Enter', 'Space', 'Delete', 'Backspace', 'Escape']);

/**
 * Whether a control (button, link) keeps its own meaning for this key: Enter
 * and Space press it; Esc is left to the drawer or popup around it.
 */
export function belongsToControl(target: EventTarget | null, chord: Chord): boolean {
  const element = target as Partial<HTMLElement> | null;
  return ACTIVATION_KEYS.has(chord) && typeof element?.closest === 'function' && element.closest('button, a, summary, [role="button"]') !== null;
}
