import type { ImportedBlock } from '../../importedDocument';
import { collectWordEvidence, joinLines } from './joinLines';
import { measureLayout, type LayoutStats } from './layoutStats';
import type { PageLines, TextLine } from './layoutTypes';
import { listMarker, type ListMarker } from './listMarker';
import { endsSentence, isHeadingSize, isParagraphGap, startsParagraph } from './paragraphBreaks';

/** A heading longer than this is large print, not a heading. */
const MAX_HEADING_WORDS = 20;
/** Heading levels go by size rank, and stop here: finer distinctions in size are rarely meant. */
const DEEPEST_HEADING = 3;

interface Draft {
  kind: 'paragraph' | 'heading' | 'listItem';
  lines: string[];
  size: number;
  marker?: ListMarker;
  /** Where a list item's first line starts: its wrapped lines hang to the right of it. */
  x: number;
}

/** The line read last and the column it sits in; and whether a page or column break lies between it and the next. */
interface Reading {
  above: TextLine;
  columnLeft: number;
  columnRight: number;
  acrossFlows: boolean;
}

/** Whether a list may start after the open block: a number at a line's start is a list item only there. */
function listMayStart(open: Draft | undefined, above: TextLine | undefined): boolean {
  return !open || !above || open.kind !== 'paragraph' || endsSentence(above.text) || above.text.trimEnd().endsWith(':');
}

/** Whether a line goes on with the open block (rather than starting one of its own). */
function continuesBlock(open: Draft, line: TextLine, at: Reading, stats: LayoutStats): boolean {
  const { above, acrossFlows } = at;
  if (listMarker(line.text, listMayStart(open, above)) && !isHeadingSize(line.size, stats)) return false;
  if (isHeadingSize(line.size, stats)) {
    // A heading set over two lines: same size, no wider gap than the heading's own leading.
    return open.kind === 'heading' && !acrossFlows && Math.abs(open.size - line.size) < 0.5 && above.y - line.y <= 1.6 * line.size;
  }
  if (open.kind === 'heading') return false;
  if (open.kind === 'listItem' && !acrossFlows) {
    return !isParagraphGap(above, line, stats) && line.x > open.x + 0.3 * line.size;
  }
  return !startsParagraph({ ...at, line }, stats);
}

function startDraft(line: TextLine, stats: LayoutStats, listMayStart: boolean): Draft {
  if (isHeadingSize(line.size, stats)) return { kind: 'heading', lines: [], size: line.size, x: line.x };
  const marker = listMarker(line.text, listMayStart);
  return marker
    ? { kind: 'listItem', lines: [], size: line.size, marker, x: line.x }
    : { kind: 'paragraph', lines: [], size: line.size, x: line.x };
}

/** Turns drafts into blocks: text joined and cleaned, headings ranked by size, empty ones gone. */
function finish(drafts: Draft[], pages: PageLines[]): ImportedBlock[] {
  const evidence = collectWordEvidence(pages.flatMap((page) => page.flows.flat().map((line) => line.text)));
  const blocks: (ImportedBlock & { size: number })[] = [];
  for (const draft of drafts) {
    const lines = draft.marker ? [draft.lines[0]!.slice(draft.marker.length), ...draft.lines.slice(1)] : draft.lines;
    const text = joinLines(lines, evidence);
    if (!text) continue;
    const kind = draft.kind === 'heading' && text.split(' ').length > MAX_HEADING_WORDS ? 'paragraph' : draft.kind;
    const list = draft.marker && { ordered: draft.marker.ordered, ...(draft.marker.number !== undefined && { number: draft.marker.number }) };
    blocks.push({ kind, text, size: Math.round(draft.size * 2) / 2, ...(kind === 'listItem' && list) });
  }
  const headingSizes = [...new Set(blocks.filter((b) => b.kind === 'heading').map((b) => b.size))].sort((a, b) => b - a);
  return blocks.map(({ size, ...block }) =>
    block.kind === 'heading' ? { ...block, level: Math.min(headingSizes.indexOf(size) + 1, DEEPEST_HEADING) } : block,
  );
}

/**
 * Rebuilds a document's blocks from its pages' lines in reading order:
 * paragraphs joined across line, column and page breaks, larger-set short
 * lines as headings, lines with a bullet or number as list items.
 */
export function buildBlocks(pages: PageLines[]): ImportedBlock[] {
  const stats = measureLayout(pages);
  const drafts: Draft[] = [];
  let open: Draft | undefined;
  let reading: Reading | undefined;
  for (const page of pages) {
    for (const flow of page.flows) {
      const columnLeft = Math.min(...flow.map((line) => line.x));
      const columnRight = Math.max(...flow.map((line) => line.right));
      let acrossFlows = true;
      for (const line of flow) {
        if (!open || !reading || !continuesBlock(open, line, { ...reading, acrossFlows }, stats)) {
          open = startDraft(line, stats, listMayStart(open, reading?.above));
          drafts.push(open);
        }
        open.lines.push(line.text);
        reading = { above: line, columnLeft, columnRight, acrossFlows: false };
        acrossFlows = false;
      }
    }
  }
  return finish(drafts, pages);
}
