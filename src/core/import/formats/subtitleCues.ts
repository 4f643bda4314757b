/** One cue of a subtitle file: when it shows and its raw text lines (tags and entities still in). */
export interface Cue {
  startMs: number;
  endMs: number;
  lines: string[];
}

/** "[hh:]mm:ss[.,]ttt --> [hh:]mm:ss[.,]ttt [settings]" — WebVTT's dot or SRT's comma. */
const TIMING_LINE = /^\s*(\d+:)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*-->\s*(\d+:)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?(?:\s.*)?$/;

const SRT_NUMBER = /^\s*\d+\s*$/;

/**
 * Cues from a WebVTT or SRT text (LF line endings). A cue is a timing line
 * and the lines after it up to a blank line; what stands outside cues (the
 * WEBVTT header, NOTE, STYLE and REGION blocks, cue identifiers, SRT numbers)
 * is skipped. A cue whose timing line is malformed is skipped, not the file.
 */
export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  let target: string[] | undefined;
  let inCue = false;
  let hasText = false;
  let previousLine = '';
  for (const line of text.split('\n')) {
    // A valid timing line always opens a cue; a broken one does unless it sits in the middle of a cue's words.
    const midText = inCue && hasText && previousLine.trim() !== '' && !SRT_NUMBER.test(previousLine);
    if (line.includes('-->') && (TIMING_LINE.test(line) || !midText)) {
      // An SRT number right before the timing line belongs to the new cue, not to the text of the last one.
      if (inCue && target && target.length > 0 && SRT_NUMBER.test(target[target.length - 1] ?? '')) target.pop();
      const cue = parseTiming(line);
      target = cue?.lines;
      if (cue) cues.push(cue);
      inCue = true;
      hasText = false;
    } else if (inCue && line.trim() === '') {
      // Blank lines before any text (auto-captions start cues with one) do not end the cue.
      if (hasText) inCue = false;
    } else if (inCue) {
      hasText = true;
      target?.push(line);
    }
    previousLine = line;
  }
  return cues.filter((cue) => cue.lines.length > 0);
}

function parseTiming(line: string): Cue | undefined {
  const match = TIMING_LINE.exec(line);
  if (!match) return undefined;
  const [, startHours, startMinutes = '', startSeconds = '', startFraction, endHours, endMinutes = '', endSeconds = '', endFraction] = match;
  const startMs = toMillis(startHours, startMinutes, startSeconds, startFraction);
  const endMs = toMillis(endHours, endMinutes, endSeconds, endFraction);
  if (startMs === undefined || endMs === undefined || endMs < startMs) return undefined;
  return { startMs, endMs, lines: [] };
}

function toMillis(hours: string | undefined, minutes: string, seconds: string, fraction: string | undefined): number | undefined {
  const m = Number(minutes);
  const s = Number(seconds);
  if (m > 59 || s > 59) return undefined;
  const h = hours === undefined ? 0 : Number(hours.slice(0, -1));
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  const total = ((h * 60 + m) * 60 + s) * 1000 + ms;
  return Number.isSafeInteger(total) ? total : undefined;
}
