import type { Editor } from '@tiptap/react';
import { useLayoutEffect, useMemo, useState } from 'react';
import type { AnnotationView } from '../../shared/contract';
import { api } from '../api/glossApi';
import { dispatchHighlight } from '../reader/highlightDispatch';
import { textToPos, type TextMap } from '../reader/textMap';
import { useWorkspaceFeedback } from '../store/useGloss';
import { undoStep } from '../undo/announce';
import { inDocumentOrder } from './annotationList';
import { AnnotationStore } from './annotationStore';
import type { SaveStatus } from './writeQueue';

export type { SaveStatus };

interface Options {
  documentId: string;
  /** The document's text as loaded, for the quote of a highlight not yet confirmed. */
  text: string;
  textVersion: number;
  initial: AnnotationView[];
  editor: Editor | null;
  map: TextMap;
  /** Runs a React update after the next paint (see useAfterPaint). */
  defer: (update: () => void) => void;
}

/**
 * The open document's highlights for React: an AnnotationStore that draws in
 * the editor and stores every change, and the panel's copy of its list,
 * which follows after the next paint.
 */
export function useAnnotations({ documentId, text, textVersion, initial, editor, map, defer }: Options) {
  const [annotations, setAnnotations] = useState<readonly AnnotationView[]>(() => inDocumentOrder(initial));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const feedback = useWorkspaceFeedback();
  const [store] = useState(
    () =>
      new AnnotationStore(
        {
          documentId,
          text,
          textVersion,
          api,
          history: feedback.history,
          say: feedback.say,
          undoStep: (id) => void undoStep(feedback, id),
          publish: (list) => defer(() => setAnnotations(list)),
          setStatus,
          onError: (message) => feedback.say(message, { error: true }),
          defer,
        },
        initial,
      ),
  );
  // Before any key or click can reach the store.
  useLayoutEffect(
    () =>
      store.attach({
        draw: (action) => {
          if (editor && !editor.isDestroyed) dispatchHighlight(editor.view, action);
        },
        toPositions: (start, end) => ({ from: textToPos(map, start, 'start'), to: textToPos(map, end, 'end') }),
      }),
    [store, editor, map],
  );
  const placed = useMemo(() => annotations.filter((a) => a.anchor), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => !a.anchor), [annotations]);
  return { store, annotations, placed, orphans, status };
}

/** The open document's highlights, as useAnnotations gives them. */
export type Annotations = ReturnType<typeof useAnnotations>;
