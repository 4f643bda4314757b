import { createHash } from 'node:crypto';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { countWords } from '../../shared/text/readingStats';
import { DOCUMENT_FILE_VERSION, type DocumentFileData, type TextVersion } from './documentFile';

export interface NewDocument {
  title: string;
  source: string;
  /** Normalised text (see normalizeText). */
  text: string;
}

/** Statistics of one text version, computed once when it is stored. */
export function describeText(text: string, version: number, createdAt: string): TextVersion {
  return {
    version,
    createdAt,
    wordCount: countWords(text),
    charCount: text.length,
    paragraphCount: splitParagraphs(text).length,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

/** The file of a document just added (or rebuilt from its text): one text version and nothing else yet. */
export function newDocumentData(id: string, input: NewDocument, addedAt: string, textVersion = 1): DocumentFileData {
  return {
    schemaVersion: DOCUMENT_FILE_VERSION,
    id,
    title: input.title,
    source: input.source,
    addedAt,
    textVersions: [describeText(input.text, textVersion, addedAt)],
    annotations: [],
    cards: [],
    reviewsApplied: 0,
  };
}
