import { createHash } from 'node:crypto';
import { splitParagraphs } from '../../shared/text/paragraphs';
import type { TextStructure } from '../../shared/text/blocks';
import { countWords } from '../../shared/text/readingStats';
import { DOCUMENT_FILE_VERSION, type DocumentFileData, type TextVersion } from './documentFile';

export interface NewDocument {
  /** The id to give it, when the caller keeps one (an imported project's GUID); it must not be in use. Absent: a new one. */
  id?: string;
  title: string;
  source: string;
  /** Normalised text (see normalizeText). */
  text: string;
  /** Headings, lists, speaker turns… of an imported file (see shared/text/blocks.ts); absent for plain paragraphs. */
  structure?: TextStructure;
  /** SHA-256 of the imported file's bytes, so importing the same file again can be noticed. */
  fileSha256?: string;
}

/** Statistics of one text version, computed once when it is stored. */
export function describeText(text: string, version: number, createdAt: string, structureSha256?: string): TextVersion {
  return {
    version,
    createdAt,
    wordCount: countWords(text),
    charCount: text.length,
    paragraphCount: splitParagraphs(text).length,
    sha256: createHash('sha256').update(text).digest('hex'),
    ...(structureSha256 ? { structureSha256 } : {}),
  };
}

/** The file of a document just added (or rebuilt from its text): one text version and nothing else yet. */
export function newDocumentData(id: string, input: NewDocument, addedAt: string, textVersion = 1, structureSha256?: string): DocumentFileData {
  return {
    schemaVersion: DOCUMENT_FILE_VERSION,
    id,
    title: input.title,
    source: input.source,
    addedAt,
    textVersions: [describeText(input.text, textVersion, addedAt, structureSha256)],
    ...(input.fileSha256 ? { fileSha256: input.fileSha256 } : {}),
    annotations: [],
    cards: [],
    reviewsApplied: 0,
  };
}
