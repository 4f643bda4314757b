import { useCallback, useRef } from 'react';
import type { OpenedDocument } from '../shared/contract';
import { useSurface } from './actions/useActions';
import { AnnotationPanel } from './annotations/AnnotationPanel';
import { useFilteredHighlights } from './annotations/filter/useFilteredHighlights';
import type { NoteEditorHandle } from './annotations/NoteField';
import type { TagFieldHandle } from './annotations/tags/TagCombobox';
import { useAnnotations } from './annotations/useAnnotations';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DocumentDetails } from './components/DocumentDetails';
import { EditBar } from './edit/EditBar';
import { FindBar } from './find/FindBar';
import { useFind } from './find/useFind';
import { useAfterPaint } from './hooks/useAfterPaint';
import { ReaderView } from './reader/ReaderView';
import { SelectionToolbar } from './reader/SelectionToolbar';
import { useHoverTags } from './reader/hoverTags';
import { useReaderEditor } from './reader/useReaderEditor';
import { useRevealPassage } from './reader/useRevealPassage';
import { useTextSelection } from './reader/useTextSelection';
import { useEditSession } from './workspace/useEditSession';
import { useHighlightSelection } from './workspace/useHighlightSelection';
import { useReaderSurface } from './workspace/useReaderSurface';

/** One open document: the reader with its highlights, the annotation panel, and edit mode. `active` is false while another view shows. */
export function DocumentWorkspace({ document: opened, active }: { document: OpenedDocument; active: boolean }) {
  const { summary } = opened;
  const reader = useReaderEditor(opened.text, opened.structure, opened.annotations);
  const afterPaint = useAfterPaint();
  const notes = useAnnotations({ documentId: summary.id, text: opened.text, textVersion: summary.textVersion, initial: opened.annotations, editor: reader.editor, map: reader.map, defer: afterPaint.defer });
  const shown = useFilteredHighlights({ placed: notes.placed, orphans: notes.orphans, paragraphs: reader.layout.paragraphs, structure: opened.structure });
  const session = useEditSession({ documentId: summary.id, textVersion: summary.textVersion, reader, annotations: notes.annotations, defer: afterPaint.defer });
  const textSelection = useTextSelection(reader.editor, reader.map, !session.edit.editing, afterPaint.defer);
  const selection = useHighlightSelection(reader.editor, afterPaint.defer);
  const noteRef = useRef<NoteEditorHandle>(null);
  const tagsRef = useRef<TagFieldHandle>(null);
  const surface = useReaderSurface({ documentId: summary.id, reader, notes, shown, session, selection, noteRef, tagsRef, active });
  useSurface('flush', afterPaint, active);
  const { find, refs: findRefs } = useFind(reader.editor, active, afterPaint.defer);
  useRevealPassage(reader.editor, reader.map, summary.id, active, selection.select);
  // A highlight's tags as stored or being stored now: the panel's copy follows a frame later.
  const tagsOf = useCallback((id: string) => notes.store.annotations.find((a) => a.id === id)?.tags, [notes.store]);
  useHoverTags(reader.editor, tagsOf);
  const selected = notes.annotations.find((a) => a.id === selection.selectedId) ?? null;

  return (
    <>
      <main className="reader-pane" hidden={!active}>
        <FindBar find={find} fieldRef={findRefs.field} barRef={findRefs.bar} />
        <ReaderView summary={summary} editor={reader.editor} layout={reader.layout} onTextClick={(event) => selection.onTextClick(event, session.edit.editing)} actions={<EditBar session={session} />} />
        {textSelection && !session.edit.editing && <SelectionToolbar selection={textSelection} onHighlight={surface.highlight} />}
      </main>
      {/* Focusable (not a tab stop) so that A can move the keyboard into it. */}
      <aside className="side-panel" id="annotation-panel" aria-label="Annotation panel" tabIndex={-1} hidden={!active}>
        <AnnotationPanel
          shown={shown}
          selected={selected}
          status={notes.status}
          noteRef={noteRef}
          tagsRef={tagsRef}
          tagsOf={tagsOf}
          onSelect={selection.selectAndShow}
          onUpdate={(id, patch, report) => notes.store.update(id, patch, report)}
          onDelete={surface.deleteHighlight}
          onLeave={surface.leavePanel}
        />
        <DocumentDetails summary={summary} />
      </aside>
      <ConfirmDialog
        open={session.question.open}
        title="Discard your edits?"
        message="The text has changes that are not saved. Discarding them keeps the last saved version."
        confirmLabel="Discard edits"
        cancelLabel="Keep editing"
        onConfirm={session.question.discard}
        onCancel={session.question.keep}
      />
    </>
  );
}
