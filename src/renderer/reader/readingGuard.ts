import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Whether the text may be changed; the reader keeps it read-only outside edit mode. */
export interface ReadingGuardOptions {
  isEditing: () => boolean;
}

/**
 * Keeps the text unchangeable while reading, yet focusable with a caret so
 * that text can be selected from the keyboard (Shift+arrows) to highlight it:
 * every input, paste, drop and document-changing transaction is refused
 * unless edit mode is on.
 */
export const ReadingGuard = Extension.create<ReadingGuardOptions>({
  name: 'readingGuard',
  addOptions: () => ({ isEditing: () => false }),
  addProseMirrorPlugins() {
    const { isEditing } = this.options;
    const blockWhileReading = (_view: unknown, event: Event): boolean => {
      if (isEditing()) return false;
      event.preventDefault();
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey('readingGuard'),
        filterTransaction: (tr) => !tr.docChanged || isEditing(),
        props: {
          handleDOMEvents: { beforeinput: blockWhileReading, drop: blockWhileReading, paste: blockWhileReading, cut: blockWhileReading },
        },
      }),
    ];
  },
});
