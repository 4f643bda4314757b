import type { Ref } from 'react';
import type { AnnotationView, CategoryId } from '../../shared/contract';
import { keysInWords } from '../actions/keyHints';
import { selectCategories, useGloss } from '../store/useGloss';
import { CategoryLegend } from './CategoryLegend';
import { HighlightDetail } from './HighlightDetail';
import { HighlightList } from './HighlightList';
import type { AnnotationPatch } from './annotationStore';
import type { NoteEditorHandle } from './NoteField';
import type { TagFieldHandle } from './tags/TagCombobox';
import type { SaveStatus } from './writeQueue';

interface AnnotationPanelProps {
  placed: readonly AnnotationView[];
  orphans: readonly AnnotationView[];
  selected: AnnotationView | null;
  status: SaveStatus;
  noteRef: Ref<NoteEditorHandle>;
  tagsRef: Ref<TagFieldHandle>;
  onSelect: (id: string) => void;
  /** Changes a highlight; a refusal goes to `report` when given, else to the window's message. */
  onUpdate: (id: string, patch: AnnotationPatch, report?: (problem: string) => void) => void;
  onDelete: (id: string) => void;
  onLeave: () => void;
}

/** The annotation panel: colour legend, the selected highlight, every highlight in order, and orphans. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { placed, orphans, selected, status } = props;
  const categories = useGloss(selectCategories);
  const currentColor = useGloss((s) => s.settings?.currentColor ?? 'c1');
  const updateSettings = useGloss((s) => s.updateSettings);
  const renameCategory = useGloss((s) => s.renameCategory);
  return (
    <div className="annotation-panel">
      <CategoryLegend categories={categories} currentColor={currentColor} onPick={(color) => void updateSettings({ currentColor: color })} onRename={(id, name) => void renameCategory(id, name)} />
      {selected && (
        <HighlightDetail
          key={selected.id}
          annotation={selected}
          categories={categories}
          status={status}
          noteRef={props.noteRef}
          tagsRef={props.tagsRef}
          onColor={(color: CategoryId) => props.onUpdate(selected.id, { color })}
          onNote={(note) => props.onUpdate(selected.id, { note })}
          onTags={(tags, report) => props.onUpdate(selected.id, { tags }, report)}
          onDelete={() => props.onDelete(selected.id)}
          onLeave={props.onLeave}
        />
      )}
      <HighlightList
        title="Highlights"
        annotations={placed}
        selectedId={selected?.id ?? null}
        onSelect={props.onSelect}
        empty={`Select text to highlight it: the toolbar appears, or press ${keysInWords('highlights.highlight')}.`}
      />
      <HighlightList title="Orphans" annotations={orphans} selectedId={selected?.id ?? null} onSelect={props.onSelect} />
    </div>
  );
}
