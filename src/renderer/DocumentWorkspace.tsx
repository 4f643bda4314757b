import { useRef } from 'react';
import type { OpenedDocument } from '../shared/contract';
import { useSurface } from './actions/useActions';
import { AnnotationPanel } from './annotations/AnnotationPanel';
import type { NoteEditorHandle } from './annotations/NoteField';
import { useAnnotations } from './annotations/useAnnotations';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DocumentDetails } from './components/DocumentDetails';
import { EditBar } from './edit/EditBar';
import { useAfterPaint } from './hooks/useAfterPaint';
import { ReaderView } from './reader/ReaderView';
import { SelectionToolbar } from './reader/SelectionToolbar';
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
  const session = useEditSession({ documentId: summary.id, textVersion: summary.textVersion, reader, annotations: notes.annotations, defer: afterPaint.defer });
  const textSelection = useTextSelection(reader.editor, reader.map, !session.edit.editing, afterPaint.defer);
  const selection = useHighlightSelection(reader.editor, afterPaint.defer);
  const noteRef = useRef<NoteEditorHandle>(null);
  const surface = useReaderSurface({ documentId: summary.id, reader, notes, session, selection, noteRef, active });
  useSurface('flush', afterPaint, active);
  useRevealPassage(reader.editor, reader.map, summary.id, active, selection.select);
  const selected = notes.annotations.find((a) => a.id === selection.selectedId) ?? null;

  return (
    <>
      <main className="reader-pane" hidden={!active}>
        <ReaderView summary={summary} editor={reader.editor} layout={reader.layout} onTextClick={(event) => selection.onTextClick(event, session.edit.editing)} actions={<EditBar session={session} />} />
        {textSelection && !session.edit.editing && <SelectionToolbar selection={textSelection} onHighlight={surface.highlight} />}
      </main>
      {/* Focusable (not a tab stop) so that A can move the keyboard into it. */}
      <aside className="side-panel" id="annotation-panel" aria-label="Annotation panel" tabIndex={-1} hidden={!active}>
        <AnnotationPanel
          placed={notes.placed}
          orphans={notes.orphans}
          selected={selected}
          status={notes.status}
          noteRef={noteRef}
          onSelect={selection.selectAndShow}
          onUpdate={(id, patch) => void notes.store.update(id, patch)}
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
