import type { ImportedBlock } from '../importedDocument';
import { cleanBlockText } from './blockText';
import type { Cue } from './subtitleCues';
import { type CueLine, readCueLines } from './cueText';
import { splitBySpeaker } from './cueSpeakers';

/** A silence longer than this between cues of unknown speakers starts a new turn. */
const PAUSE_MS = 2000;
/** A turn this long ends at the next sentence end… */
const SOFT_MAX_CHARS = 1000;
/** …and one this long at the next cue, sentence or not (auto-captions have no full stops). */
const HARD_MAX_CHARS = 2500;
/** Rolling captions repeat the last cue's lines only when the cues follow on; further apart, a repeat is said twice. */
const ROLLING_GAP_MS = 1000;

interface Turn {
  speaker?: string;
  text: string;
  startMs: number;
  endMs: number;
}

/**
 * Speaker turns from cues: consecutive cues of one speaker merge (first
 * start, last end, words joined by spaces), lines a rolling caption repeats
 * from the cue before are dropped, and where nobody is named, turns break at
 * pauses, at marked speaker changes, and when they grow long.
 */
export function cuesToTurns(cues: readonly Cue[]): ImportedBlock[] {
  const turns: Turn[] = [];
  let previous: { lines: CueLine[]; endMs: number } | undefined;
  for (const cue of cues) {
    const lines = readCueLines(cue.lines);
    const fresh = previous && cue.startMs - previous.endMs <= ROLLING_GAP_MS ? dropRepeatedLines(previous.lines, lines) : lines;
    previous = { lines, endMs: cue.endMs };
    for (const segment of splitBySpeaker(fresh)) {
      const current = turns[turns.length - 1];
      const speaker = segment.speaker ?? (segment.newTurn ? undefined : current?.speaker);
      if (current && !startsNewTurn(current, speaker, segment.newTurn, cue.startMs)) {
        current.text = current.text.length > 0 ? `${current.text} ${segment.text}` : segment.text;
        current.endMs = Math.max(current.endMs, cue.endMs);
      } else {
        turns.push({ speaker, text: segment.text, startMs: cue.startMs, endMs: cue.endMs });
      }
    }
  }
  return turns.flatMap(toBlock);
}

function startsNewTurn(current: Turn, speaker: string | undefined, newTurn: boolean, startMs: number): boolean {
  if (speaker !== current.speaker) return true;
  if (speaker === undefined && (newTurn || startMs - current.endMs > PAUSE_MS)) return true;
  if (current.text.length >= HARD_MAX_CHARS) return true;
  return current.text.length >= SOFT_MAX_CHARS && /[.!?…。！？][”’"')\]]*$/.test(current.text);
}

/** The cue's lines less the ones it opens with that the cue before ended with. */
function dropRepeatedLines(before: readonly CueLine[], lines: readonly CueLine[]): readonly CueLine[] {
  for (let overlap = Math.min(before.length, lines.length); overlap > 0; overlap--) {
    const tail = before.slice(before.length - overlap);
    if (tail.every((line, index) => line.text === lines[index]?.text)) return lines.slice(overlap);
  }
  return lines;
}

function toBlock(turn: Turn): ImportedBlock[] {
  const { text } = cleanBlockText(turn.text);
  if (text.length === 0) return [];
  const times = { startMs: turn.startMs, endMs: turn.endMs };
  return [turn.speaker === undefined ? { kind: 'turn', text, ...times } : { kind: 'turn', speaker: turn.speaker, text, ...times }];
}
