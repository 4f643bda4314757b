import { isStageDirection } from '../../../shared/text/stageDirections';
import { readHearingLabel } from './hearingLabel';
import { MAX_LABEL_LENGTH, namesSomeone } from './labelName';

/** A line that opens with a speaker's name: who, and the words after the label. */
export interface LabelledLine {
  speaker: string;
  rest: string;
  /** When the turn starts in the recording, in milliseconds, from a time stamp around the label. */
  startMs?: number;
}


/** "Name:" then a space (or a full-width "名字：", which needs none), then words or nothing; the label can't hold a colon. */
const LABEL_AT_START = /^([^:：\n]{1,60}?)[ \t]?(?::(?:[ \t]+([^]*))?|：[ \t]*([^]*))$/u;

/**
 * The question and answer marks of press-briefing and court transcripts,
 * which take no colon: "Q    Thank you…" (a tab or a run of spaces after
 * it, as the White House prints them), "Q. Thank you…", "A    Yes.". "A."
 * followed by a single space is left alone: it is as often an initial
 * ("A. Smith said…").
 */
const BARE_QA_MARK = /^(Q|A)(?:[ \t]{2,}|\t)(\S[^]*)$|^(Q)\.[ \t]+(\S[^]*)$/u;
/**
 * The same question mark with its run of spaces collapsed to one, as a
 * copy from a web page leaves it ("Q Thank you, Mr. President."). On its
 * own it could open prose ("Q Street"), so it is read as a label only in a
 * text that is a transcript by its other labels (see singleSpacedQuestions).
 */
const SINGLE_SPACED_Q = /^(Q) (?=[\p{Lu}\d"“‘'([—–-])(\S[^]*)$/u;
/** A text needs this many single-spaced Q marks, besides a named speaker's label, for them to be questions. */
const MIN_SINGLE_SPACED_QS = 2;

/** How a text's lines are read for labels. */
export interface LabelReading {
  /** Read "Q Thank you…" (one space) as the question mark it is in this text. */
  singleSpacedQ?: boolean;
}

/**
 * Whether a text's single-spaced "Q " marks are questions: there are a few
 * of them, and someone else in the text speaks under a label of their own
 * ("THE PRESIDENT: …"), as in a press conference copied from the web.
 */
export function singleSpacedQuestions(lines: readonly string[]): boolean {
  let marks = 0;
  let named = false;
  for (const line of lines) {
    if (SINGLE_SPACED_Q.test(line.trimStart())) marks++;
    else if (!named) {
      const label = readSpeakerLabel(line);
      named = label !== undefined && label.speaker !== 'Q' && label.speaker !== 'A';
    }
  }
  return named && marks >= MIN_SINGLE_SPACED_QS;
}

/**
 * A label in capitals glued to its words, as a copy that lost its spaces
 * leaves it ("PRESIDENT OBAMA:Thank you"): capitals before the colon and a
 * capital after it, so no "http://" or "10:30" is one.
 */
const GLUED_CAPITALS_LABEL = /^(\p{Lu}[\p{Lu}. '’-]{1,40}?):(?=[\p{Lu}"“‘(])([^]*)$/u;

/** A recording's time stamp: "00:22", "1:04:05", "(00:22)", "[00:01:12.5]". */
const TIME_STAMP = String.raw`[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?`;
/** The same, in brackets: between a name and its colon only a bracketed stamp is one ("At 10:30: we met" is prose). */
const BRACKETED_STAMP = String.raw`(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]|\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\))`;
/** A time stamp before the label ("[00:22] Jen Psaki: …"), as transcription services print it. */
const STAMP_FIRST = new RegExp(String.raw`^${TIME_STAMP}[ \t]+(?=\S)`, 'u');
/** A time stamp between the name and its colon ("Jen Psaki (00:22): …", "Jen Psaki [00:22]"). */
const STAMP_AFTER_NAME = new RegExp(String.raw`^([^:：\n\[(]{1,60}?)[ \t]+${BRACKETED_STAMP}[ \t]*:?(?:[ \t]+([^]*))?$`, 'u');
/** A time stamp that opens the words after the label ("Jen Psaki: (00:22)", Rev's layout). */
const STAMP_OPENS_REST = new RegExp(String.raw`^${TIME_STAMP}(?:[ \t]+|$)`, 'u');

/** A label in Markdown's bold, the colon inside or after it ("**Tim Hockin:**", "__Q__:"), as a transcript copied into a .txt keeps it. */
const MARKDOWN_BOLD_LABEL = /^(\*\*|__)([^*_:\n]{1,60})(?::\1|\1:)/u;

/**
 * A speaker in square brackets, as diarising transcribers print it:
 * "[Speaker 1] [00:03] Adam, can you hear me?", "[SPEAKER_00] Yes.",
 * "[Jane Doe] Hello." A time stamp may follow the name, inside or after
 * the brackets. "[Laughter]" is a stage direction, and "[1]" a footnote.
 */
const BRACKETED_LABEL = new RegExp(String.raw`^\[([^\][\n:]{1,40}?)(?:[ \t]+${TIME_STAMP})?\](?:[ \t]+${TIME_STAMP})?[ \t]+(\S[^]*)$`, 'u');

/**
 * Reads "Name: words" — a short label (at most five words, the first
 * capitalised, every other one capitalised, a number or a name particle)
 * followed by a colon and a space. "10:30", "http://…" and "However, note
 * this: …" are not labels; a lone "Note: …" is, so callers that scan prose
 * must also ask that labels be the dominant pattern. A bare Q or A mark
 * (see BARE_QA_MARK) is read as a label too. A transcription service's time
 * stamp before the label, between the name and its colon, or right after
 * the colon is left out of both. `reading` says what else this text's
 * labels look like (see LabelReading).
 */
export function readSpeakerLabel(line: string, reading: LabelReading = {}): LabelledLine | undefined {
  // "\tQ You also spoke …": a copy from the web may indent a line; the label is still at its start.
  const unstamped = line.trimStart().replace(STAMP_FIRST, '').replace(MARKDOWN_BOLD_LABEL, '$2:');
  const single = reading.singleSpacedQ ? SINGLE_SPACED_Q.exec(unstamped) : null;
  if (single) return { speaker: 'Q', rest: single[2]!.trim() };
  const mark = BARE_QA_MARK.exec(unstamped);
  if (mark) {
    const startMs = stampMillis(line.slice(0, line.length - unstamped.length));
    const labelled = { speaker: (mark[1] ?? mark[3])!, rest: (mark[2] ?? mark[4])!.trim() };
    return startMs === undefined ? labelled : { ...labelled, startMs };
  }
  const hearing = readHearingLabel(unstamped);
  // A name is a few words: a "label" longer than any is prose that happens to open with "Mr.".
  if (hearing) return hearing.speaker.length <= MAX_LABEL_LENGTH ? hearing : undefined;
  const stamped = STAMP_AFTER_NAME.exec(unstamped);
  const bracketed = stamped ? null : BRACKETED_LABEL.exec(unstamped);
  if (bracketed && isStageDirection(bracketed[1]!)) return undefined;
  const match = stamped ?? bracketed ?? LABEL_AT_START.exec(unstamped) ?? GLUED_CAPITALS_LABEL.exec(unstamped);
  if (!match) return undefined;
  const speaker = (match[1] ?? '').trim();
  // "[Bryan Can trill] [37:10]": a name in brackets with its time stamp is a label by its shape, however a transcriber spelt it.
  const stampedInBrackets = !!bracketed && /\d:\d\d/u.test(bracketed[0].slice(0, bracketed[0].length - bracketed[2]!.length));
  if (!namesSomeone(speaker, { strict: !stampedInBrackets })) return undefined;
  // The time stamp says when, not what was said: the turn's words start after it, and it is kept as the turn's start.
  const rest = (match[2] ?? match[3] ?? '').trim().replace(STAMP_OPENS_REST, '');
  const head = line.trimEnd().slice(0, line.trimEnd().length - rest.length);
  const startMs = stampMillis(head);
  return startMs === undefined ? { speaker, rest } : { speaker, rest, startMs };
}

/** A bracketed time stamp opening a paragraph of a turn ("[51:55] I actually think …"): a bare "10:30 we met" is prose. */
const STAMP_OPENS_PARAGRAPH = new RegExp(String.raw`^${BRACKETED_STAMP}[ \t]+(?=\S)`, 'u');

/**
 * A time stamp that opens a later paragraph of a turn, as podcast
 * transcripts mark every few minutes: when, in milliseconds, and the words
 * after it; undefined for a line that opens with no stamp.
 */
export function readParagraphStamp(line: string): { startMs: number; rest: string } | undefined {
  const stamp = STAMP_OPENS_PARAGRAPH.exec(line);
  const startMs = stamp ? stampMillis(stamp[0]) : undefined;
  return stamp && startMs !== undefined ? { startMs, rest: line.slice(stamp[0].length) } : undefined;
}

/** The first time stamp in the words around a label, in milliseconds: "00:04:03.15" → 243,150; "1:05" → 65,000. */
export function stampMillis(text: string): number | undefined {
  const stamp = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,3}))?(?![\d:])/u.exec(text);
  if (!stamp) return undefined;
  const [, first, second, third, fraction] = stamp as unknown as [string, string, string, string | undefined, string | undefined];
  const [hours, minutes, seconds] = third === undefined ? [0, Number(first), Number(second)] : [Number(first), Number(second), Number(third)];
  if (minutes > 59 || seconds > 59) return undefined;
  const millis = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}
