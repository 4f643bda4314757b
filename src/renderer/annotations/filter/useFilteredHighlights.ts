import type { Editor } from '@tiptap/react';
import { useLayoutEffect, useMemo } from 'react';
import type { AnnotationView, HighlightFilter } from '../../../shared/contract';
import { filterHighlights, isFilterEmpty } from '../../../shared/tags/highlightFilter';
import type { TextStructure } from '../../../shared/text/blocks';
import type { ParagraphRange } from '../../../shared/text/paragraphs';
import { documentSpeakers, speakerLookup } from '../../../shared/text/speakers';
import { dispatchHighlight } from '../../reader/highlightDispatch';
import { selectHighlightFilter } from '../../store/highlightFilterSlice';
import { useGloss } from '../../store/useGloss';
import { timeDimming } from './filterTimings';

interface Options {
  placed: readonly AnnotationView[];
  orphans: readonly AnnotationView[];
  /** The text's paragraphs and structure, to know who speaks where. */
  paragraphs: readonly ParagraphRange[];
  structure: TextStructure;
  editor: Editor | null;
}

/**
 * The filter as it applies to one document: documents are not a condition
 * (the reader lists its own document's highlights; that choice is for lists
 * across the library), and only speakers this document has count, so a
 * speaker chosen in another transcript cannot empty this list unseen.
 */
export function filterForDocument(filter: HighlightFilter, speakers: readonly string[]): HighlightFilter {
  const here = new Set(speakers);
  return { ...filter, documentIds: [], speakers: filter.speakers.filter((speaker) => here.has(speaker)) };
}

/**
 * The open document's highlights as the panel's filter leaves them: the
 * lists the panel shows, and the reader's dimming of the others (one class
 * change per highlight, in the highlight layer).
 */
export function useFilteredHighlights({ placed, orphans, paragraphs, structure, editor }: Options) {
  const filter = useGloss(selectHighlightFilter);
  const speakers = useMemo(() => documentSpeakers(structure), [structure]);
  const speakerAt = useMemo(() => speakerLookup(paragraphs, structure), [paragraphs, structure]);
  const applied = useMemo(() => filterForDocument(filter, speakers), [filter, speakers]);
  const active = !isFilterEmpty(applied);
  const scope = useMemo(() => ({ speakerOf: (view: AnnotationView) => (view.anchor ? speakerAt(view.anchor.start) : null) }), [speakerAt]);
  const shownPlaced = useMemo(() => filterHighlights(placed, applied, scope), [placed, applied, scope]);
  const shownOrphans = useMemo(() => filterHighlights(orphans, applied, scope), [orphans, applied, scope]);

  // Before the paint, so the panel's list and the dimmed text change in the same frame.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const visible = active ? new Set(shownPlaced.map((view) => view.id)) : null;
    timeDimming(() => dispatchHighlight(editor.view, { type: 'filter', visible }));
  }, [editor, active, shownPlaced]);

  return {
    filter,
    /** The filter as this document applies it (its badge counts these choices). */
    applied,
    active,
    speakers,
    placed: shownPlaced,
    orphans: shownOrphans,
    /** Highlights in the document, shown or not. */
    total: placed.length + orphans.length,
  };
}

/** The open document's highlights as the filter leaves them, as useFilteredHighlights gives them. */
export type FilteredHighlights = ReturnType<typeof useFilteredHighlights>;
