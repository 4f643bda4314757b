import type { TextStructure } from '../../text/blocks';
import { rangeAtOrAfter, splitParagraphs, type ParagraphRange } from '../../text/paragraphs';
import { titleLineLength } from './titleLines';

/*
 * Which sentences of a document are prose worth carding. A heading names a
 * part ("II ORIGIN OF SONG vs. ORIGIN OF INSTRUMENTAL MUSIC"), code is not
 * English, a table row is cells, not a sentence ("| The Music of the
 * Romans | [90]"), a web page's furniture is not its text ("To view this
 * video please enable JavaScript"), a plain text's title line is a heading too ("More
 * Planets than Stars: Kepler's Legacy" above the article), and a table of contents is titles and page numbers. A
 * Project Gutenberg book opens and ends with the project's licence and
 * credits, and keeps its footnotes apart ("[Footnote 2: J. King Merritt:
 * Report…]"): citations, which no student of the book means to learn.
 */

/** A sentence as the filter sees it: where it starts, and its words. */
interface SentenceSpan {
  start: number;
  text: string;
}

/** Project Gutenberg's markers around a book's own text. */
const BOOK_START = /\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^*\n]*\*{3}/iu;
const BOOK_END = /\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK/iu;
/** A web page's or a press release's furniture copied with its text: a video player's fallback, a download link, a call to follow or subscribe, a photo credit, "For Immediate Release", an editor's note on what was updated. */
const WEB_FURNITURE = /\b(?:(?:please )?enable JavaScript|supports HTML5 video|your browser does not support|Download (?:PDF|high-resolution)|click here|sign up for (?:our|the) newsletter|follow us on|(?:photo|image|video) (?:by|credit)|credits?(?=:)|for immediate release|office of the press secretary|editor['’]s note(?=:)|this (?:article|story|post) (?:was|has been) updated)\b/i;
/** A sentence broken off on a word that needs more after it ("… as being receptive to"): a turn cut short by crosstalk, or a line cut from a page. */
const TRAILS_OFF = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'from', 'with', 'as', 'in', 'on', 'at', 'for', 'by', 'into', 'than', 'that', 'whose', 'is', 'are', 'was', 'were', 'be', 'my', 'your', 'our', 'their', 'his', 'its']);

/** Whether a sentence ends on a word that wants more (see TRAILS_OFF): only its last word is looked at, for every sentence of a book passes here. */
function trailsOff(text: string): boolean {
  const trimmed = text.trimEnd();
  return TRAILS_OFF.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1).toLowerCase());
}
/** Two cell separators, as tables are imported ("a | b | c"). */
const TABLE_ROW = /\s\|\s.*\s\|(?:\s|$)|^\|\s.*\s\|\s/u;

/** A test for whether a sentence of `text` is prose to make cards of. */
export function proseFilter(text: string, structure: TextStructure | undefined): (sentence: SentenceSpan) => boolean {
  const startMarker = BOOK_START.exec(text);
  const bodyStart = startMarker ? startMarker.index + startMarker[0].length : 0;
  const endMarker = BOOK_END.exec(text.slice(bodyStart));
  const bodyEnd = endMarker ? bodyStart + endMarker.index : text.length;
  const notProse = nonProseParagraphs(text, structure);
  return (sentence) =>
    sentence.start >= bodyStart && sentence.start < bodyEnd && !TABLE_ROW.test(sentence.text) && !WEB_FURNITURE.test(sentence.text) && !trailsOff(sentence.text) && !isShouted(sentence.text) && !within(notProse, sentence.start);
}

/** Mostly capitals: a title page or a heading set in caps ("PUBLISHED BY THE GREAT WESTERN RAILWAY"), where names and words look alike. */
function isShouted(text: string): boolean {
  // Counted by char code (every sentence of a book passes through here); a letter beyond ASCII asks the case test.
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) capitals++;
    else if (code >= 97 && code <= 122) letters++;
    else if (code > 127) {
      const char = text[i]!;
      if (char.toLowerCase() !== char) capitals++;
      else if (char.toUpperCase() !== char) letters++;
    }
  }
  letters += capitals;
  return letters >= SHOUTED_MIN_LETTERS && capitals >= letters * SHOUTED_SHARE;
}
const SHOUTED_MIN_LETTERS = 20;
const SHOUTED_SHARE = 0.6;

/** Whether an offset falls in one of the sorted, disjoint ranges. */
function within(ranges: readonly ParagraphRange[], offset: number): boolean {
  const range = ranges[rangeAtOrAfter(ranges, offset)];
  return range !== undefined && offset >= range.start;
}

/** A book's apparatus, by how its paragraph opens: the e-text's credits, a footnote ("[Footnote 1: …]"), an illustration's caption, a transcriber's note ("[This e-text includes …]"). */
const APPARATUS = /^(?:\[?Footnote\b|\[Illustration\b|\[?Transcriber['’]s Notes?\b|\[[^\]]{0,80}\b(?:e-?text|e-?book|this file)\b)/iu;
/** An e-text's credits: "Produced by … and the Online Distributed Proofreading Team", not "Produced by the BBC, the series …". */
const CREDITS = /^(?:Produced by|E-?text prepared by)\b[^]{0,300}?\b(?:Proofread|Gutenberg|Internet Archive|pgdp|e-?text|e-?book|scann?ed|images)/iu;
/** A line that ends with a page number or a numeral: a table of contents or a list of figures ("Geography      13"). */
const ENDS_WITH_PAGE = /(?:\s|\.)(?:\d{1,4}|[ivxlc]{1,6})\.?\s*$/iu;
/** At least this many lines, most ending with a page number, make a table of contents. */
const MIN_CONTENTS_LINES = 3;

/** The ranges of paragraphs that are not prose, in order: headings and code, a book's apparatus, a table of contents. */
function nonProseParagraphs(text: string, structure: TextStructure | undefined): ParagraphRange[] {
  const kinds = new Map((structure?.blocks ?? []).filter((block) => block.kind === 'heading' || block.kind === 'code').map((block) => [block.paragraph, block.kind]));
  // A list item or a quote is laid out as one already: only a plain paragraph may be a title nobody marked.
  const laidOut = new Set((structure?.blocks ?? []).map((block) => block.paragraph));
  // A bracketed note ("[Footnote 3: …", "[This e-text …") may run over several paragraphs, to the one that closes it.
  let openBrackets = 0;
  // A transcript's short turns ("Yeah", "Right") often lack punctuation: they are words, not titles.
  // A transcript's title ("Press Briefing by Press Secretary Josh Earnest, 1/11/2017") stands before its first turn, and is a title still.
  const firstTurn = Math.min(...(structure?.blocks ?? []).filter((block) => block.speaker !== undefined).map((block) => block.paragraph));
  const ranges: ParagraphRange[] = [];
  for (const [index, range] of splitParagraphs(text).entries()) {
    const paragraph = text.slice(range.start, range.end);
    const apparatus = openBrackets > 0 || isApparatus(paragraph);
    if (apparatus) openBrackets = Math.max(0, openBrackets + count(paragraph, '[') - count(paragraph, ']'));
    if (kinds.has(index) || apparatus) ranges.push(range);
    else if (index < firstTurn && !laidOut.has(index)) {
      const title = titleLineLength(paragraph);
      if (title > 0) ranges.push({ start: range.start, end: range.start + title });
    }
  }
  return ranges;
}

/** A reference in a bibliography: "Eldred, K. M. & Jones, G. W., Jr., “Acoustic load…”, 1971", "[2] Panda, J., Mosher, R. N. …". */
const REFERENCE = /^(?:\[\d{1,3}\]\s*|\d{1,3}\.\s+)?\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?){1,3}(?:[,&;]|and\b|\(\d{4})/u;

function isApparatus(paragraph: string): boolean {
  if (APPARATUS.test(paragraph) || CREDITS.test(paragraph) || REFERENCE.test(paragraph)) return true;
  const lines = paragraph.split('\n');
  if (lines.length < MIN_CONTENTS_LINES) return false;
  // A table of contents ends its lines with page numbers; a table set in a plain text lines its cells up with runs of spaces.
  return lines.filter((line) => ENDS_WITH_PAGE.test(line)).length >= lines.length * 0.6 || lines.filter((line) => CELL_GAP.test(line)).length >= lines.length * 0.6;
}

/** Three or more spaces between words: the gap between two cells of a table laid out in a plain text ("Iowa              1887"). */
const CELL_GAP = /\S {3,}\S/u;

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found++;
  return found;
}
