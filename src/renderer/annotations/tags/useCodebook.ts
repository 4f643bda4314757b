import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { api } from '../../api/glossApi';

/** The library's tag names as last asked (`tags:list`), shared by every tag field of the window. */
const codebook = createStore<{ names: readonly string[] }>(() => ({ names: [] }));

let asking = false;
let askAgain = false;
let asked = false;

/**
 * Asks the core for the codebook again: when a tag field takes the
 * keyboard, and once a highlight's new tags are stored, so a tag just added
 * (or renamed elsewhere) is suggested and can be filtered by. One call at a
 * time; a refresh asked meanwhile runs once more after it.
 */
export function refreshCodebook(): void {
  if (asking) {
    askAgain = true;
    return;
  }
  asking = true;
  asked = true;
  api['tags:list']({})
    // A failure only costs the suggestions: the fields work without them.
    .then(({ tags }) => codebook.setState({ names: tags.map((entry) => entry.name) }), () => undefined)
    .finally(() => {
      asking = false;
      if (askAgain) {
        askAgain = false;
        refreshCodebook();
      }
    });
}

/** The codebook's tag names for a tag field; asked for when the first field shows (J and K show a new one at each step). */
export function useCodebook(): { names: readonly string[]; refresh: () => void } {
  const names = useStore(codebook, (state) => state.names);
  useEffect(() => {
    if (!asked) refreshCodebook();
  }, []);
  return { names, refresh: refreshCodebook };
}
