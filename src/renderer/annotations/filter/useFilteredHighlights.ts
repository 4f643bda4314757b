import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { AnnotationView } from '../../../shared/contract';
import { filterHighlights, isFilterEmpty } from '../../../shared/tags/highlightFilter';
import type { TextStructure } from '../../../shared/text/blocks';
import type { ParagraphRange } from '../../../shared/text/paragraphs';
import { documentSpeakers, speakerLookup } from '../../../shared/text/speakers';
import { dimmingRules, FilterDimming } from '../../reader/filterDimming';
import { selectHighlightFilter } from '../../store/highlightFilterSlice';
import { useGloss } from '../../store/useGloss';
import { filterForDocument } from './filterForDocument';
import { timeDimming } from './filterTimings';

interface Options {
  placed: readonly AnnotationView[];
  orphans: readonly AnnotationView[];
  /** The text's paragraphs and structure, to know who speaks where. */
  paragraphs: readonly ParagraphRange[];
  structure: TextStructure;
}

/**
 * The open document's highlights as the panel's filter leaves them: the
 * lists the panel shows, and the reader's dimming of the others (by a
 * stylesheet: see filterDimming).
 */
export function useFilteredHighlights({ placed, orphans, paragraphs, structure }: Options) {
  const filter = useGloss(selectHighlightFilter);
  const speakers = useMemo(() => documentSpeakers(structure), [structure]);
  const speakerAt = useMemo(() => speakerLookup(paragraphs, structure), [paragraphs, structure]);
  const applied = useMemo(() => filterForDocument(filter, speakers), [filter, speakers]);
  const active = !isFilterEmpty(applied);
  const scope = useMemo(() => ({ speakerOf: (view: AnnotationView) => (view.anchor ? speakerAt(view.anchor.start) : null) }), [speakerAt]);
  const shownPlaced = useMemo(() => filterHighlights(placed, applied, scope), [placed, applied, scope]);
  const shownOrphans = useMemo(() => filterHighlights(orphans, applied, scope), [orphans, applied, scope]);

  const rules = useMemo(() => {
    if (!active) return '';
    const passing = new Set(shownPlaced.map((view) => view.id));
    return dimmingRules([...passing], placed.flatMap((view) => (passing.has(view.id) ? [] : [view.id])));
  }, [active, placed, shownPlaced]);
  const dimming = useRef<FilterDimming | null>(null);
  // Before the paint, so the panel's list and the dimmed text change in the same frame.
  useLayoutEffect(() => {
    if (!dimming.current && rules === '') return;
    dimming.current ??= new FilterDimming(document);
    timeDimming(() => dimming.current!.show(rules));
  }, [rules]);
  useEffect(
    () => () => {
      dimming.current?.destroy();
      dimming.current = null;
    },
    [],
  );

  return {
    filter,
    /** The filter as this document applies it (its badge counts these choices). */
    applied,
    active,
    speakers,
    placed: shownPlaced,
    orphans: shownOrphans,
    /** Every placed highlight, shown or not (the whole list stays built while a filter shows part of it). */
    everyPlaced: placed,
    /** Highlights in the document, shown or not. */
    total: placed.length + orphans.length,
  };
}

/** The open document's highlights as the filter leaves them, as useFilteredHighlights gives them. */
export type FilteredHighlights = ReturnType<typeof useFilteredHighlights>;
