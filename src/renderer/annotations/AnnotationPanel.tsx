import type { Ref } from 'react';
import type { AnnotationView, Category, CategoryId } from '../../shared/contract';
import { CategoryLegend } from './CategoryLegend';
import { HighlightDetail } from './HighlightDetail';
import { HighlightList } from './HighlightList';
import type { NoteEditorHandle } from './NoteField';
import type { SaveStatus } from './useAnnotations';

interface AnnotationPanelProps {
  placed: AnnotationView[];
  orphans: AnnotationView[];
  selected: AnnotationView | null;
  categories: Category[];
  currentColor: CategoryId;
  status: SaveStatus;
  noteRef: Ref<NoteEditorHandle>;
  onSelect: (id: string) => void;
  onPickColor: (color: CategoryId) => void;
  onRenameCategory: (id: CategoryId, name: string) => void;
  onUpdate: (id: string, patch: { color?: CategoryId; note?: string }) => void;
  onDelete: (id: string) => void;
  onLeave: () => void;
}

/** The annotation panel: colour legend, the selected highlight, every highlight in order, and orphans. */
export function AnnotationPanel(props: AnnotationPanelProps) {
  const { placed, orphans, selected, categories, currentColor, status } = props;
  return (
    <div className="annotation-panel">
      <CategoryLegend categories={categories} currentColor={currentColor} onPick={props.onPickColor} onRename={props.onRenameCategory} />
      {selected && (
        <HighlightDetail
          key={selected.id}
          annotation={selected}
          categories={categories}
          status={status}
          noteRef={props.noteRef}
          onColor={(color) => props.onUpdate(selected.id, { color })}
          onNote={(note) => props.onUpdate(selected.id, { note })}
          onDelete={() => props.onDelete(selected.id)}
          onLeave={props.onLeave}
        />
      )}
      <HighlightList
        title="Highlights"
        annotations={placed}
        selectedId={selected?.id ?? null}
        onSelect={props.onSelect}
        empty="Select text to highlight it: the toolbar appears, or press Ctrl+Shift+H."
      />
      <HighlightList title="Orphans" annotations={orphans} selectedId={selected?.id ?? null} onSelect={props.onSelect} />
    </div>
  );
}
