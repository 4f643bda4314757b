import type { AnkiNote, AnkiNoteKind } from './ankiNote';

/**
 * Anki's own note types for the text format: every collection has them, and
 * the columns after the deck fill their fields in order (Text, Back Extra;
 * Front, Back). A .apkg brings note types of its own instead.
 */
const STOCK_NOTE_TYPE: Record<AnkiNoteKind, string> = { cloze: 'Cloze', basic: 'Basic' };

/**
 * The file headers Anki reads before the notes (Anki 2.1.55 and later):
 * tab-separated, fields are HTML, and which columns hold the note type,
 * deck, tags and GUID, so that importing needs no choices and a second
 * import updates the notes by GUID.
 */
const HEADERS = ['#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5', '#guid column:6'];

/**
 * One column as Anki's CSV reader takes it. Fields are already HTML with
 * every quote, tab and line break written as an entity or <br>; a deck
 * name is not HTML, so one holding a quote is quoted, its quotes doubled.
 */
function column(value: string): string {
  return /["\t\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** Anki's "Notes in Plain Text" format: the headers, then one line per note. */
export function ankiText(notes: readonly AnkiNote[]): string {
  const lines = notes.map((note) => [STOCK_NOTE_TYPE[note.kind], note.deck, ...note.fields, note.tags.join(' '), note.guid].map(column).join('\t'));
  return `${[...HEADERS, ...lines].join('\n')}\n`;
}
