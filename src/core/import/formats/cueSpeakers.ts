import type { CueLine } from './cueText';
import { readSpeakerLabel } from './speakerLabel';

/** Words of one cue said by one speaker (or by an unknown one). */
export interface CueSegment {
  speaker?: string;
  /** The file marks a change of speaker here ("- ", ">>", a label) even when it does not say who. */
  newTurn: boolean;
  text: string;
}

/** ">>" (TV captions) or a dialogue dash "- " opening a line: someone else speaks. */
const TURN_MARKER = /^(?:>>+|-(?!-))\s*/;

/**
 * Splits a cue's lines where the speaker changes: a `<v>` voice, a leading
 * ">>" or "- ", or a "Name:" label (read off the words, never kept in them).
 * Lines without a marker go on in the words before them.
 */
export function splitBySpeaker(lines: readonly CueLine[]): CueSegment[] {
  const segments: CueSegment[] = [];
  for (const line of lines) {
    const marker = TURN_MARKER.exec(line.text);
    const words = marker ? line.text.slice(marker[0].length) : line.text;
    const label = line.voice === undefined ? readSpeakerLabel(words) : undefined;
    const speaker = line.voice ?? label?.speaker;
    const text = label ? label.rest : words;
    const previous = segments[segments.length - 1];
    const continues = previous !== undefined && !marker && !label && (line.voice === undefined || line.voice === previous.speaker);
    if (continues) {
      previous.text = joinWords(previous.text, text);
    } else {
      const newTurn = marker !== null || label !== undefined;
      segments.push(speaker === undefined ? { newTurn, text } : { speaker, newTurn, text });
    }
  }
  // A label alone on its line still says who speaks next, so it stays even with no words.
  return segments.filter((segment) => segment.text.length > 0 || segment.speaker !== undefined);
}

function joinWords(before: string, after: string): string {
  if (before.length === 0) return after;
  return after.length === 0 ? before : `${before} ${after}`;
}
