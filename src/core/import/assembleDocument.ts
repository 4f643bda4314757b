import type { InlineMark, TextBlock, TextStructure } from '../../shared/text/blocks';
import type { ImportedBlock, ImportedDocument } from './importedDocument';

/** A document ready to store: its plain text, its structure and a title if the file had one. */
export interface AssembledDocument {
  title?: string;
  text: string;
  structure: TextStructure;
}

const TITLE_LIMIT = 500;
const SPEAKER_LIMIT = 200;
/** Characters that must never reach the text: C0/C1 controls other than tab and line feed, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNWANTED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
/** A blank line inside a block (it would split the block into two paragraphs). */
const BLANK_LINES = /\n[ \t\f\v\u00a0]*(?:\n[ \t\f\v\u00a0]*)+/g;
const EDGE_SPACE = /^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g;

/**
 * Joins a reader's blocks into the document's plain text, one paragraph per
 * block with a blank line between, and keeps what each block says about its
 * layout as structure over paragraph indices. Whatever a reader let through
 * is cleaned here too (control characters, blank lines inside a block, edge
 * spaces), with marks moved to match; empty blocks are dropped.
 */
export function assembleDocument(imported: ImportedDocument): AssembledDocument {
  const paragraphs: string[] = [];
  const blocks: TextBlock[] = [];
  for (const block of imported.blocks) {
    const { text, marks } = cleanBlock(block.text.replace(/\r\n?/g, '\n'), block.marks ?? []);
    if (text === '') continue;
    const described = describeBlock(block, paragraphs.length, marks);
    paragraphs.push(text);
    if (described) blocks.push(described);
  }
  const title = cleanTitle(imported.title) ?? cleanTitle(imported.blocks.find((block) => block.kind === 'heading')?.text);
  return { ...(title ? { title } : {}), text: paragraphs.join('\n\n'), structure: { blocks } };
}

/** The block's entry in the structure, or undefined for a plain paragraph. */
function describeBlock(block: ImportedBlock, paragraph: number, marks: InlineMark[]): TextBlock | undefined {
  const { text: _text, marks: _marks, speaker, ...layout } = block;
  const cleanSpeaker = speaker?.replace(/\s+/g, ' ').trim().slice(0, SPEAKER_LIMIT);
  const entry: TextBlock = { ...layout, paragraph, ...(cleanSpeaker ? { speaker: cleanSpeaker } : {}), ...(marks.length > 0 ? { marks } : {}) };
  const plain = entry.kind === 'paragraph' && marks.length === 0;
  return plain ? undefined : entry;
}

/** A title on one line, of a sensible length, or undefined if nothing is left. */
export function cleanTitle(raw: string | undefined): string | undefined {
  const title = raw?.replace(UNWANTED, '').replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  return title.length > TITLE_LIMIT ? `${title.slice(0, TITLE_LIMIT - 1)}…` : title;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** Cleans a block's text and moves its marks with it; marks that end up empty or out of range are dropped. */
function cleanBlock(raw: string, marks: readonly InlineMark[]): { text: string; marks: InlineMark[] } {
  const edits: Edit[] = [];
  const collect = (pattern: RegExp, replacement: string): void => {
    for (const match of raw.matchAll(pattern)) edits.push({ start: match.index, end: match.index + match[0].length, replacement });
  };
  collect(UNWANTED, '');
  collect(BLANK_LINES, '\n');
  collect(EDGE_SPACE, '');
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  for (const edit of edits) if (kept.length === 0 || edit.start >= kept[kept.length - 1]!.end) kept.push(edit);
  let text = '';
  let from = 0;
  for (const edit of kept) {
    text += raw.slice(from, edit.start) + edit.replacement;
    from = edit.end;
  }
  text += raw.slice(from);
  const moved = (offset: number): number => {
    let shift = 0;
    for (const edit of kept) {
      if (edit.start >= offset) break;
      shift += Math.min(offset, edit.end) - edit.start - (offset >= edit.end ? edit.replacement.length : 0);
    }
    return offset - shift;
  };
  const movedMarks = marks
    .map((mark) => ({ ...mark, from: moved(mark.from), to: moved(mark.to) }))
    .filter((mark) => mark.from < mark.to && mark.to <= text.length && text.slice(mark.from, mark.to).trim() !== '');
  return { text, marks: movedMarks };
}
