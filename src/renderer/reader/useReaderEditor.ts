import { useEditor, type Editor } from '@tiptap/react';
import { UndoRedo } from '@tiptap/extensions';
import { useMemo, useState } from 'react';
import type { AnnotationView } from '../../shared/contract';
import type { TextStructure } from '../../shared/text/blocks';
import { FindMarks } from '../find/findPlugin';
import { buildReaderContent, type ReaderLayout } from './buildReaderContent';
import { Highlights, InitialHighlights, type HighlightRange } from './highlightPlugin';
import { StageDirections, stageDirectionRanges } from './stageDirectionPlugin';
import { ReadingGuard } from './readingGuard';
import { readerExtensions } from './readerSchema';
import { textMapFromLayout, textToPos, type TextMap } from './textMap';

export interface ReaderEditor {
  editor: Editor | null;
  layout: ReaderLayout;
  /** Text offsets ↔ positions for the text as loaded (edits are mapped by ProseMirror itself). */
  map: TextMap;
  /** Turns edit mode on or off; the editor reads it on every transaction. */
  setEditing: (editing: boolean) => void;
  isEditing: () => boolean;
}

/** The editor element's attributes: a read-only text box while reading (still selectable by keyboard). */
function editorAttributes(editing: boolean): Record<string, string> {
  return {
    class: editing ? 'reader-text is-editing' : 'reader-text',
    'aria-label': 'Document text',
    'aria-readonly': String(!editing),
    'aria-multiline': 'true',
    spellcheck: String(editing),
    'data-reading': String(!editing),
  };
}

/** The highlight ranges of the anchored annotations, in editor positions. */
export function highlightRanges(map: TextMap, annotations: readonly AnnotationView[]): HighlightRange[] {
  return annotations.flatMap((a) =>
    a.anchor ? [{ id: a.id, color: a.color, from: textToPos(map, a.anchor.start, 'start'), to: textToPos(map, a.anchor.end, 'end') }] : [],
  );
}

/**
 * Creates the reader's editor once per opened text, with the highlights
 * built into its initial state (one DecorationSet, nothing applied after
 * load), which keeps opening a book with thousands of highlights fast.
 */
export function useReaderEditor(text: string, structure: TextStructure, annotations: readonly AnnotationView[]): ReaderEditor {
  const layout = useMemo(() => buildReaderContent(text, structure), [text, structure]);
  const map = useMemo(() => textMapFromLayout(layout.paragraphs, layout.sectionStarts), [layout]);
  // A plain flag (not state): the editor consults it on every transaction, without re-rendering.
  const [editing] = useState(() => {
    let value = false;
    return { get: () => value, set: (next: boolean) => void (value = next) };
  });
  // The annotations as first loaded; later changes go through the plugin, not a new editor.
  const [initialAnnotations] = useState(annotations);
  const initial = useMemo(() => new InitialHighlights(highlightRanges(map, initialAnnotations)), [map, initialAnnotations]);
  const directions = useMemo(() => stageDirectionRanges(text, map), [text, map]);
  const editor = useEditor(
    {
      extensions: [
        ...readerExtensions,
        Highlights.configure({ initial }),
        FindMarks,
        StageDirections.configure({ ranges: directions }),
        ReadingGuard.configure({ isEditing: editing.get }),
        UndoRedo,
      ],
      content: layout.content,
      injectCSS: false,
      immediatelyRender: true,
      editorProps: { attributes: () => editorAttributes(editing.get()), decorations: initial.decorations },
    },
    [layout],
  );
  return {
    editor,
    layout,
    map,
    isEditing: editing.get,
    setEditing: (value) => {
      editing.set(value);
      // Attributes are recomputed on each view update; refresh them now.
      if (editor && !editor.isDestroyed) editor.view.updateState(editor.state);
    },
  };
}
