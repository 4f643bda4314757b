import type { AnkiNoteKind } from './ankiNote';

/**
 * The note types a Gloss .apkg brings, in Anki's schema 11 JSON (the
 * `models` of its `col` row). Their ids never change: Anki matches an
 * imported note type by id, so every Gloss export reuses the same two
 * note types instead of adding "Gloss Cloze-1a2b3" each time.
 */
export const NOTE_TYPE_IDS: Record<AnkiNoteKind, number> = { cloze: 1764672000101, basic: 1764672000102 };

/** Anki's default card look, with the source passage set apart on the back. */
const CSS = `.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
.gloss-passage { text-align: left; font-size: 0.85em; margin: 1em 0 0.3em; }
.gloss-document { font-size: 0.75em; opacity: 0.7; }`;

const LATEX_PRE = '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** A field as schema 11 describes it. */
function field(name: string, ord: number): Record<string, unknown> {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

/** The one card template of a Gloss note type. */
function template(name: string, qfmt: string, afmt: string): Record<string, unknown> {
  return { name, ord: 0, qfmt, afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 };
}

/** One note type as schema 11 JSON; `modified` in seconds, `deckId` the deck new cards of it go to. */
function noteType(kind: AnkiNoteKind, modified: number, deckId: number): Record<string, unknown> {
  const cloze = kind === 'cloze';
  return {
    id: NOTE_TYPE_IDS[kind],
    name: cloze ? 'Gloss Cloze' : 'Gloss Basic',
    type: cloze ? 1 : 0,
    mod: modified,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [cloze ? template('Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}') : template('Card 1', '{{Front}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}')],
    flds: cloze ? [field('Text', 0), field('Back Extra', 1)] : [field('Front', 0), field('Back', 1)],
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, cloze ? 'all' : 'any', [0]]],
    tags: [],
    vers: [],
  };
}

/** The `models` JSON of the collection: both Gloss note types, keyed by id. */
export function noteTypesJson(modified: number, deckId: number): string {
  const types = (['cloze', 'basic'] as const).map((kind) => noteType(kind, modified, deckId));
  return JSON.stringify(Object.fromEntries(types.map((type) => [String(type.id), type])));
}
