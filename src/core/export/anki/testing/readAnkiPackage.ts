import { strFromU8, unzipSync } from 'fflate';
import { loadSqlJs } from '../loadSqlJs';

/** A row of a table, by column name. */
type Row = Record<string, string | number | null>;

/** What a test reads back from an .apkg: its zip entries, and the rows of each table of its database. */
export interface OpenedPackage {
  entries: string[];
  media: string;
  col: Row;
  notes: Row[];
  cards: Row[];
  revlog: Row[];
  graves: Row[];
  /** The note types and decks of the collection row, parsed. */
  models: Record<string, { name: string; type: number; flds: { name: string }[]; tmpls: { qfmt: string; afmt: string }[] }>;
  decks: Record<string, { name: string }>;
}

/** Opens a package as Anki would: unzip, then read `collection.anki2` with SQLite (sql.js). */
export async function readAnkiPackage(bytes: Uint8Array): Promise<OpenedPackage> {
  const files = unzipSync(bytes);
  const SQL = await loadSqlJs();
  const db = new SQL.Database(files['collection.anki2']);
  try {
    const rows = (sql: string): Row[] => {
      const [result] = db.exec(sql);
      return result ? result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i] as string | number | null]))) : [];
    };
    const col = rows('SELECT * FROM col')[0]!;
    return {
      entries: Object.keys(files).sort(),
      media: strFromU8(files.media!),
      col,
      notes: rows('SELECT * FROM notes ORDER BY id'),
      cards: rows('SELECT * FROM cards ORDER BY nid, ord'),
      revlog: rows('SELECT * FROM revlog'),
      graves: rows('SELECT * FROM graves'),
      models: JSON.parse(String(col.models)),
      decks: JSON.parse(String(col.decks)),
    };
  } finally {
    db.close();
  }
}
