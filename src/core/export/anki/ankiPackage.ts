import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { writeZip } from '../../zip/writeZip';
import type { Database } from 'sql.js';
import { fieldText } from './ankiHtml';
import type { AnkiNote } from './ankiNote';
import { ANKI_SCHEMA_SQL, ANKI_SCHEMA_VERSION } from './ankiSchema';
import { collectionSettingsJson, deckId, deckOptionsJson, decksJson, decksWithParents } from './collectionConfig';
import { loadSqlJs } from './loadSqlJs';
import { NOTE_TYPE_IDS, noteTypesJson } from './noteTypes';

/** Anki's separator between a note's fields in `notes.flds`. */
const FIELD_SEPARATOR = '\u001f';

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text, as a number. */
function fieldChecksum(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}

/** The collection row: its dates, then the note types, decks and options as schema 11 JSON. */
function writeCollection(db: Database, notes: readonly AnkiNote[], millis: number): void {
  const seconds = Math.floor(millis / 1000);
  const decks = decksWithParents(notes.map((note) => note.deck));
  const firstDeck = deckId(notes[0]?.deck ?? decks[0] ?? 'Default');
  const dayStart = Math.floor(millis / 86_400_000) * 86_400;
  db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
    dayStart,
    millis,
    millis,
    ANKI_SCHEMA_VERSION,
    collectionSettingsJson(firstDeck, notes.length + 1),
    noteTypesJson(seconds, firstDeck),
    decksJson(decks, seconds),
    deckOptionsJson(seconds),
    '{}',
  ]);
}

/**
 * Every note and its cards, in one transaction. Ids count up from the
 * export's time (Anki's ids are creation times in milliseconds); importing
 * matches notes by GUID, not id. Cards are new, in the notes' order, and
 * those suspended in Gloss are suspended (queue -1): Gloss's own schedule
 * (FSRS) stays in Gloss.
 */
function writeNotes(db: Database, notes: readonly AnkiNote[], millis: number): void {
  const seconds = Math.floor(millis / 1000);
  const deckIds = new Map(decksWithParents(notes.map((note) => note.deck)).map((name) => [name, deckId(name)]));
  const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
  const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
  db.run('BEGIN');
  try {
    let cardId = millis;
    notes.forEach((note, index) => {
      const noteId = millis + index;
      const sortText = fieldText(note.fields[0]);
      const tags = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
      insertNote.run([noteId, note.guid, NOTE_TYPE_IDS[note.kind], seconds, tags, note.fields.join(FIELD_SEPARATOR), sortText, fieldChecksum(sortText), '']);
      for (const card of note.cards) insertCard.run([cardId++, noteId, deckIds.get(note.deck)!, card.ord, seconds, card.suspended ? -1 : 0, index + 1, '']);
    });
    db.run('COMMIT');
  } finally {
    insertNote.free();
    insertCard.free();
  }
}

/**
 * An Anki package (.apkg): a zip of `collection.anki2`, an SQLite database
 * in schema 11 written with sql.js, and `media`, the JSON map of the media
 * files it carries (none).
 */
export async function ankiPackage(notes: readonly AnkiNote[], exportedAt: string): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    const millis = Date.parse(exportedAt);
    db.run(ANKI_SCHEMA_SQL);
    writeCollection(db, notes, millis);
    writeNotes(db, notes, millis);
    // Deflated off the event loop (see writeZip); the collection is read out of sql.js first, before the database closes.
    return await writeZip({ 'collection.anki2': db.export(), media: strToU8('{}') }, 6);
  } finally {
    db.close();
  }
}
