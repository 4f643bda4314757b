import type { ExportDocument } from '../exportModel';
import { codePointIndex } from './codePoints';
import { guidOfId } from './qdpxGuid';
import { GLOSS_USER, highlightGuid, orphanNoteElement, selectionElement } from './selectionXml';
import type { XmlElement } from './xmlElement';

/** A document's part of a project: its TextSource, the notes its orphans became, and its text file's name. */
export interface SourceParts {
  source: XmlElement;
  notes: XmlElement[];
  /** The file's name inside the archive's sources/ folder. */
  textFileName: string;
}

/**
 * A document as a REFI-QDA TextSource: its plain text in sources/<guid>.txt,
 * its title as the name, its source as the description, each placed highlight
 * a coded selection and each orphan a note referred to from the source.
 */
export function sourceParts(doc: ExportDocument, text: string): SourceParts {
  const guid = guidOfId('document', doc.id);
  const index = codePointIndex(text);
  const selections: XmlElement[] = [];
  const notes: XmlElement[] = [];
  const noteRefs: XmlElement[] = [];
  for (const highlight of doc.highlights) {
    const selectionGuid = highlightGuid(doc.id, highlight);
    if (highlight.anchor) {
      selections.push(selectionElement(selectionGuid, highlight, index.toCodePoint(highlight.anchor.start), index.toCodePoint(highlight.anchor.end)));
    } else {
      notes.push(orphanNoteElement(selectionGuid, highlight));
      noteRefs.push({ name: 'NoteRef', attributes: { targetGUID: selectionGuid } });
    }
  }
  const textFileName = `${guid}.txt`;
  const source: XmlElement = {
    name: 'TextSource',
    attributes: { guid, name: doc.title, plainTextPath: `internal://${textFileName}`, creatingUser: GLOSS_USER.guid },
    children: [
      ...(doc.source.trim() !== '' ? [{ name: 'Description', text: doc.source }] : []),
      ...selections,
      ...noteRefs,
    ],
  };
  return { source, notes, textFileName };
}
