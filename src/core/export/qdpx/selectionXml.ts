import type { ExportHighlight } from '../exportModel';
import { colourGuid } from './codeTree';
import { fixedGuid, guidOfId, tagGuid, uuidV5 } from './qdpxGuid';
import type { XmlElement } from './xmlElement';

/** The one user a Gloss project names as the author of everything in it. */
export const GLOSS_USER = { guid: fixedGuid('user:gloss'), name: 'Gloss' } as const;

/** A highlight's GUID: from its id, unique across documents. */
export function highlightGuid(documentId: string, highlight: ExportHighlight): string {
  return guidOfId('annotation', highlight.id, documentId);
}

/** Who made it and when, as the schema's attributes (dates left out when unknown). */
function authorship(highlight: ExportHighlight): XmlElement['attributes'] {
  return {
    creatingUser: GLOSS_USER.guid,
    creationDateTime: highlight.created ?? undefined,
    modifyingUser: GLOSS_USER.guid,
    modifiedDateTime: highlight.modified ?? undefined,
  };
}

/** A highlight's codings: one per tag, in its order, then its colour's. */
function codings(selectionGuid: string, highlight: ExportHighlight): XmlElement[] {
  const codes = [...highlight.tags.map(tagGuid), colourGuid(highlight.color)];
  return codes.map((code) => ({
    name: 'Coding',
    attributes: { guid: uuidV5(`coding:${selectionGuid}:${code}`), creatingUser: GLOSS_USER.guid },
    children: [{ name: 'CodeRef', attributes: { targetGUID: code } }],
  }));
}

/** A placed highlight as a coded selection; positions are code points (see codePoints.ts), its note the description. */
export function selectionElement(guid: string, highlight: ExportHighlight, start: number, end: number): XmlElement {
  return {
    name: 'PlainTextSelection',
    attributes: { guid, startPosition: start, endPosition: end, ...authorship(highlight) },
    children: [...(highlight.note !== '' ? [{ name: 'Description', text: highlight.note }] : []), ...codings(guid, highlight)],
  };
}

/**
 * An orphan (a highlight with no place in the current text) as a note on
 * its source, since a selection needs a place: named by its quote, the
 * reason as its description, its note as the content, coded as it was.
 * Importing the project turns it back into an orphan.
 */
export function orphanNoteElement(guid: string, highlight: ExportHighlight): XmlElement {
  return {
    name: 'Note',
    attributes: { guid, name: highlight.quote, ...authorship(highlight) },
    children: [
      { name: 'Description', text: highlight.orphanReason ?? 'It has no place in the current text.' },
      { name: 'PlainTextContent', text: highlight.note },
      ...codings(guid, highlight),
    ],
  };
}
