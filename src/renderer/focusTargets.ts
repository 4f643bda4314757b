/** Moves the keyboard to the places that keys and drawers send it to, found by their ids and roles. */

/** Puts the keyboard in the text, where arrows move the caret and Shift+arrows select. */
export function focusReader(): void {
  document.querySelector<HTMLElement>('.reader-text')?.focus();
}

/** The open document in the library list, or its first document. */
export function focusLibrary(): void {
  const list = document.getElementById('library-list');
  const target = list?.querySelector<HTMLButtonElement>('button[aria-current="page"]') ?? list?.querySelector('button');
  target?.focus();
}

/** The annotation panel itself (not a tab stop), from where Tab walks through it. */
export function focusAnnotationPanel(): void {
  document.getElementById('annotation-panel')?.focus();
}

/** The top-bar button that shows the library drawer, where focus returns when the drawer closes. */
export function focusLibraryToggle(): void {
  document.querySelector<HTMLElement>('[aria-controls="library"]')?.focus();
}

/** Whether the keyboard is somewhere inside the annotation panel. */
export function annotationPanelHasFocus(): boolean {
  return document.getElementById('annotation-panel')?.contains(document.activeElement) ?? false;
}

/** Puts the keyboard in a view just opened: the review card when one shows, the library's selected row, the codebook's tag, else the view's heading. */
export function focusView(view: 'cards' | 'review' | 'library' | 'tags'): void {
  const targets = {
    cards: () => document.getElementById('card-browser-title'),
    review: () => document.querySelector<HTMLElement>('.review-card') ?? document.getElementById('review-title'),
    library: () => document.querySelector<HTMLElement>('#library-table tr[tabindex="0"]') ?? document.getElementById('library-view-title'),
    tags: () => document.querySelector<HTMLElement>('#codebook-tree [role="treeitem"][tabindex="0"]') ?? document.getElementById('codebook-title'),
  };
  targets[view]()?.focus();
}
