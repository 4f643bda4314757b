import type { KeyEnvironment } from '../actions/keyContext';

/** The modifier flags of a key press, and a keyCode (229 is what an input method's key reports). */
export type KeyModifiers = Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing', boolean>> & { keyCode?: number };

/** The page a key lands on: the reader's text, and the annotation panel's note field and a button in it. */
export function renderKeyTargets(): { reader: HTMLElement; note: HTMLTextAreaElement; button: HTMLButtonElement } {
  document.body.innerHTML = `
    <div class="reader-text" contenteditable="true" data-reading="true" tabindex="0">Text</div>
    <aside id="annotation-panel"><textarea aria-label="Note"></textarea><button type="button">Delete highlight</button></aside>`;
  return { reader: document.querySelector('.reader-text')!, note: document.querySelector('textarea')!, button: document.querySelector('button')! };
}

/** Presses a key on an element; returns the key event as the window's listener saw it. */
export function press(target: Element, key: string, mods: KeyModifiers = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  if (mods.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: mods.keyCode });
  let seen: KeyboardEvent | null = null;
  const listener = (e: Event): void => void (seen = e as KeyboardEvent);
  window.addEventListener('keydown', listener, true);
  target.dispatchEvent(event);
  window.removeEventListener('keydown', listener, true);
  return seen!;
}

/** Reading a document: no dialog open, the text not being edited. */
export const readingEnvironment: KeyEnvironment = { dialogOpen: false, view: 'read', editing: false };
