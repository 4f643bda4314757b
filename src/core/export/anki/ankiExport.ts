import { GlossError, type AnkiFormat } from '../../../shared/contract';
import type { ExportDocument } from '../exportModel';
import { ankiNotes } from './ankiNotes';
import { ankiPackage } from './ankiPackage';
import { ankiText } from './ankiText';

/** An Anki export's file: its bytes, and the extension and media type to name and label it by. */
export interface AnkiFile {
  extension: 'apkg' | 'txt';
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * The export's cards for Anki: a package (.apkg) with Gloss's own note
 * types, or Anki's plain-text notes format for its stock Cloze and Basic.
 * An export without cards is refused with a sentence that says so: an
 * empty deck would import as nothing, and leave the user guessing why.
 */
export async function ankiExport(documents: readonly ExportDocument[], format: AnkiFormat, exportedAt: string): Promise<AnkiFile> {
  if (documents.every((doc) => doc.cards.length === 0)) {
    const none = documents.length === 1 ? `“${documents[0]!.title}” has no flashcards to export to Anki.` : 'There are no flashcards to export to Anki.';
    throw new GlossError('bad_input', `${none} Make some first: C or Q on a highlight, or “Make cards from key facts” in the card browser.`);
  }
  // A cloze without a blank goes as a Basic note (ankiNotes counts them; the contract's file has no place to say so).
  const { notes } = ankiNotes(documents);
  if (format === 'apkg') return { extension: 'apkg', mediaType: 'application/octet-stream', bytes: await ankiPackage(notes, exportedAt) };
  return { extension: 'txt', mediaType: 'text/plain; charset=utf-8', bytes: new TextEncoder().encode(ankiText(notes)) };
}
