import type { KeyboardEvent, Ref } from 'react';
import type { AnnotationView, CategoryId } from '../../shared/contract';
import { selectCategories, useGloss } from '../store/useGloss';
import { CategoryLegend } from './CategoryLegend';
import { clearHighlightFilter, HighlightFilterBar } from './filter/HighlightFilterBar';
import { FilteredLists } from './filter/FilteredLists';
import type { FilteredHighlights } from './filter/useFilteredHighlights';
import { HighlightDetail } from './HighlightDetail';
import type { AnnotationPatch } from './annotationStore';
import type { NoteEditorHandle } from './NoteField';
import type { TagFieldHandle } from './tags/TagCombobox';
import type { SaveStatus } from './writeQueue';

interface AnnotationPanelProps {
  /** The highlights as the filter leaves them. */
  shown: FilteredHighlights;
  selected: AnnotationView | null;
  status: SaveStatus;
  noteRef: Ref<NoteEditorHandle>;
  tagsRef: Ref<TagFieldHandle>;
  /** A highlight's tags now (the panel's copy lags a frame): a second tag typed at once must not drop the first. */
  tagsOf: (id: string) => readonly string[] | undefined;
  onSelect: (id: string) => void;
  /** Changes a highlight, resolving to whether it was stored; a refusal goes to `report` when given, else to the window's message. */
  onUpdate: (id: string, patch: AnnotationPatch, report?: (problem: string) => void) => Promise<boolean>;
  onDelete: (id: string) => void;
  onLeave: () => void;
}

/**
 * Esc on the panel's buttons (which the dispatcher leaves to them) clears a
 * filter in use before it closes a drawer; fields say first what Esc means
 * in them (a note saves, a tag field closes its suggestions).
 */
function clearFilterOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || !clearHighlightFilter()) return;
  event.preventDefault();
}

/** The annotation panel: colour legend, the selected highlight, the filter, the highlights it lets through in order, and orphans. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { shown, selected, status } = props;
  const categories = useGloss(selectCategories);
  const currentColor = useGloss((s) => s.settings?.currentColor ?? 'c1');
  const updateSettings = useGloss((s) => s.updateSettings);
  const renameCategory = useGloss((s) => s.renameCategory);
  return (
    <div className="annotation-panel" onKeyDown={clearFilterOnEscape}>
      <CategoryLegend categories={categories} currentColor={currentColor} onPick={(color) => void updateSettings({ currentColor: color })} onRename={(id, name) => void renameCategory(id, name)} />
      {selected && (
        <HighlightDetail
          key={selected.id}
          annotation={selected}
          categories={categories}
          status={status}
          noteRef={props.noteRef}
          tagsRef={props.tagsRef}
          latestTags={() => props.tagsOf(selected.id) ?? selected.tags}
          onColor={(color: CategoryId) => void props.onUpdate(selected.id, { color })}
          onNote={(note) => void props.onUpdate(selected.id, { note })}
          onTags={(tags, report) => props.onUpdate(selected.id, { tags }, report)}
          onDelete={() => props.onDelete(selected.id)}
          onLeave={props.onLeave}
        />
      )}
      <HighlightFilterBar shown={shown} categories={categories} />
      <FilteredLists shown={shown} selectedId={selected?.id ?? null} onSelect={props.onSelect} />
    </div>
  );
}
