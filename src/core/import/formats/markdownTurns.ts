import type { ImportedBlock } from '../importedDocument';
import { readParagraphStamp, readSpeakerLabel, singleSpacedQuestions } from './speakerLabel';
import { labelsDominate } from './transcriptTurns';

/**
 * Reads a Markdown transcript's paragraphs as speaker turns: podcast and
 * interview transcripts are often written "**Name:** words". When labels
 * are the dominant pattern of the paragraphs (as for a plain-text
 * transcript), each labelled paragraph becomes a turn with the label out of
 * its words, and the paragraphs after it, until the next label, go on in
 * the same voice. Headings, list items, quotes and code stay what they are.
 * Emphasis and links keep their places in the words; the label's own bold
 * goes with the label, its time stamp becomes the turn's start.
 */
export function readMarkdownTurns(blocks: readonly ImportedBlock[]): ImportedBlock[] {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const firstLines = paragraphs.map((block) => firstLine(block.text));
  const reading = { singleSpacedQ: singleSpacedQuestions(firstLines) };
  if (!labelsDominate(firstLines, reading)) return [...blocks];
  let speaker: string | undefined;
  let startMs: number | undefined;
  const turns: ImportedBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      // A heading starts a new part: what follows it is nobody's until a label says whose.
      if (block.kind === 'heading') speaker = undefined;
      turns.push(block);
      continue;
    }
    const label = readSpeakerLabel(firstLine(block.text), reading);
    if (!label) {
      // A later paragraph of a turn may open with its own time stamp ("\[51:55\] I actually …"): when, not words.
      const stamp = speaker === undefined ? undefined : readParagraphStamp(firstLine(block.text));
      // The time stamp of a label alone on its paragraph goes on the first paragraph of its words.
      startMs = stamp?.startMs ?? startMs;
      const turn: ImportedBlock = speaker === undefined ? block : stamp ? withoutLabel(block, speaker, stamp.rest) : { ...block, kind: 'turn', speaker };
      turns.push(startMs === undefined || speaker === undefined ? turn : { ...turn, startMs });
      startMs = undefined;
      continue;
    }
    speaker = label.speaker;
    startMs = label.startMs;
    const turn = withoutLabel(block, label.speaker, label.rest);
    // A label alone (its words in the paragraphs after it, or only a time stamp) makes no block of its own.
    if (turn.text.trim().length === 0) continue;
    turns.push(startMs === undefined ? turn : { ...turn, startMs });
    startMs = undefined;
  }
  return turns;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** The block as a turn: its words from where the label's (or time stamp's) words end, its marks moved with them. */
function withoutLabel(block: ImportedBlock, speaker: string, rest: string): ImportedBlock {
  const lineEnd = firstLine(block.text).length;
  // The words after the label start where the first line's rest starts; the lines after it follow unchanged.
  const found = rest.length === 0 ? lineEnd + 1 : block.text.lastIndexOf(rest, lineEnd);
  // Never lose words: were the rest not found as it is, the whole paragraph stays the turn's.
  const start = found < 0 ? 0 : found;
  const text = block.text.slice(start);
  const marks = (block.marks ?? []).filter((mark) => mark.from >= start).map((mark) => ({ ...mark, from: mark.from - start, to: mark.to - start }));
  const turn: ImportedBlock = { kind: 'turn', speaker, text };
  if (block.depth !== undefined) turn.depth = block.depth;
  return marks.length > 0 ? { ...turn, marks } : turn;
}
