import type { TaggedPassage } from '../../shared/contract';
import { notePlainText } from '../annotations/notePlainText';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { formatCount } from '../format';
import { glossStore, useGloss } from '../store/useGloss';
import type { TagCell } from './TagDocumentTable';

/** One passage: its quote, note, tags and document; Enter or a click opens the document at it, the highlight selected. */
function PassageItem({ passage }: { passage: TaggedPassage }) {
  const { annotation } = passage;
  const note = notePlainText(annotation.note);
  return (
    <li>
      <button type="button" className="passage" onClick={() => glossStore.getState().showHighlight(passage.documentId, annotation)}>
        <span className={`passage-quote hl-edge-${annotation.color}`}>{annotation.quote}</span>
        {note && <span className="passage-note">{note}</span>}
        <span className="passage-meta">
          <span className="passage-document">{passage.documentTitle}</span>
          {annotation.tags.length > 0 && <span className="passage-tags">{annotation.tags.join(', ')}</span>}
          {!annotation.anchor && <span>not placed in the current text</span>}
        </span>
      </button>
    </li>
  );
}

/** The passages of a table cell: the highlights carrying a tag (or one under it), in one document or all. */
export function PassageList({ cell, documentTitle }: { cell: TagCell; documentTitle: string | null }) {
  const tagsVersion = useGloss((s) => s.tagsVersion);
  const { tag, documentId } = cell;
  const { data } = useApiQuery([tag.name, documentId, tagsVersion], () => api['tags:passages']({ tag: tag.name, ...(documentId ? { documentId } : {}) }));
  const passages = data?.passages ?? null;
  return (
    <section className="tag-passages" aria-labelledby="tag-passages-title">
      <h2 id="tag-passages-title">
        “{tag.name}” in {documentTitle ? `“${documentTitle}”` : 'all documents'}
        {passages && <span className="tag-passages-count"> · {formatCount(passages.length, 'passage')}</span>}
      </h2>
      {passages === null ? (
        <p className="muted-line">Loading…</p>
      ) : passages.length === 0 ? (
        <p className="muted-line">No highlight carries it here any more.</p>
      ) : (
        <ul className="passage-list" aria-label={`Passages tagged “${tag.name}”`}>
          {passages.map((passage) => (
            <PassageItem key={`${passage.documentId}:${passage.annotation.id}`} passage={passage} />
          ))}
        </ul>
      )}
    </section>
  );
}
