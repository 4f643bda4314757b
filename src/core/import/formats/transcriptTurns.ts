import type { ImportedBlock } from '../importedDocument';
import { cleanBlockText } from './blockText';
import { readParagraphStamp, readSpeakerLabel, singleSpacedQuestions, type LabelReading } from './speakerLabel';

/** At least this many labelled paragraphs (or lines) before a text counts as a transcript. */
const MIN_LABELLED = 3;
/** Share of paragraphs (or lines) that must open with a label. */
const MIN_LABELLED_SHARE = 0.5;
/**
 * Unless the labels are many and few speakers say them all: a press
 * briefing's official answers in several paragraphs each, so fewer than half
 * of them open with a label, yet six or more labels from a third as many
 * speakers are a transcript, never prose that happens to hold a "Note:".
 */
const MANY_LABELS = 6;
const MAX_SPEAKERS_PER_LABEL = 1 / 3;

/**
 * Reads a plain text laid out as a transcript ("Name: words", one turn per
 * paragraph or per line) as speaker turns, or returns undefined when it is
 * not one. Labels must be the dominant pattern and speakers must come back
 * (half as many names as labels at most), so a "Note:" in prose or a
 * glossary of "Term: definition" lines stays prose.
 */
export function readTranscript(paragraphs: readonly string[][]): ImportedBlock[] | undefined {
  const firstLines = paragraphs.map((lines) => lines[0] ?? '');
  const byParagraph: LabelReading = { singleSpacedQ: singleSpacedQuestions(firstLines) };
  if (labelsDominate(firstLines, byParagraph)) return buildTurns(paragraphs, false, byParagraph);
  const byLine: LabelReading = { singleSpacedQ: singleSpacedQuestions(paragraphs.flat()) };
  if (labelsDominate(paragraphs.flat(), byLine)) return buildTurns(paragraphs, true, byLine);
  return undefined;
}

/** Whether speaker labels are the dominant pattern of these lines (see readTranscript). */
export function labelsDominate(lines: readonly string[], reading: LabelReading = {}): boolean {
  const speakers = lines.map((line) => readSpeakerLabel(line, reading)?.speaker).filter((speaker) => speaker !== undefined);
  if (speakers.length < MIN_LABELLED) return false;
  const distinct = new Set(speakers).size;
  if (speakers.length >= lines.length * MIN_LABELLED_SHARE) return distinct * 2 <= speakers.length + 1;
  return speakers.length >= MANY_LABELS && distinct <= speakers.length * MAX_SPEAKERS_PER_LABEL;
}

/**
 * One turn from each label to the next (labels looked for on every line, or
 * on a paragraph's first line only). Unlabelled paragraphs after a turn go on
 * in the same speaker's voice; those before the first label are plain paragraphs.
 */
function buildTurns(paragraphs: readonly string[][], labelsOnEveryLine: boolean, reading: LabelReading): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  let speaker: string | undefined;
  // A label's time stamp goes on the first block of its turn only.
  let startMs: number | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    const { text } = cleanBlockText(lines.join('\n'));
    lines = [];
    if (text.length === 0) return;
    if (speaker === undefined) blocks.push({ kind: 'paragraph', text });
    else blocks.push(startMs === undefined ? { kind: 'turn', speaker, text } : { kind: 'turn', speaker, text, startMs });
    startMs = undefined;
  };
  for (const paragraph of paragraphs) {
    paragraph.forEach((line, index) => {
      const label = index === 0 || labelsOnEveryLine ? readSpeakerLabel(line, reading) : undefined;
      // "[Speaker 1] … I can" / "[Speaker 1] … in just a second": a transcriber's next line by the same voice goes on in the same turn.
      if (label && labelsOnEveryLine && index > 0 && label.speaker === speaker) {
        lines.push(label.rest);
      } else if (label) {
        flush();
        speaker = label.speaker;
        startMs = label.startMs;
        lines.push(label.rest);
      } else {
        // A later paragraph of a turn may open with its own time stamp: it is the paragraph's start, not its words.
        const stamp = index === 0 && speaker !== undefined ? readParagraphStamp(line) : undefined;
        if (stamp) startMs = stamp.startMs;
        lines.push(stamp ? stamp.rest : line);
      }
    });
    flush();
  }
  return blocks;
}
