import { GlossError, type AnkiFormat } from '../../../shared/contract';
import type { ExportDocument } from '../exportModel';
import { ankiNotes } from './ankiNotes';
import { ankiPackage } from './ankiPackage';
import { ankiText } from './ankiText';

/** An Anki export's file: its bytes and how to name and label it, and what it holds. */
export interface AnkiFile {
  extension: 'apkg' | 'txt';
  mediaType: string;
  bytes: Uint8Array;
  notes: number;
  /** Cloze cards without a blank, exported as questions and answers. */
  clozesWithoutBlank: number;
}

/**
 * The export's cards for Anki: a package (.apkg) with Gloss's own note
 * types, or Anki's plain-text notes format for its stock Cloze and Basic.
 * An export without cards is refused with a sentence that says so: an
 * empty deck would import as nothing, and leave the user guessing why.
 */
export async function ankiExport(documents: readonly ExportDocument[], format: AnkiFormat, exportedAt: string): Promise<AnkiFile> {
  if (documents.every((doc) => doc.cards.length === 0)) {
    const where = documents.length === 1 ? `“${documents[0]!.title}” has no flashcards` : 'These documents have no flashcards';
    throw new GlossError('bad_input', `${where} to export to Anki. Make some first: C or Q on a highlight, or “Make cards from key facts” in the card browser.`);
  }
  const { notes, clozesWithoutBlank } = ankiNotes(documents);
  if (format === 'apkg') {
    return { extension: 'apkg', mediaType: 'application/octet-stream', bytes: await ankiPackage(notes, exportedAt), notes: notes.length, clozesWithoutBlank };
  }
  return { extension: 'txt', mediaType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(ankiText(notes)), notes: notes.length, clozesWithoutBlank };
}
