import { isStageDirection } from '../../../shared/text/stageDirections';
import { readHearingLabel } from './hearingLabel';

/** A line that opens with a speaker's name: who, and the words after the label. */
export interface LabelledLine {
  speaker: string;
  rest: string;
  /** When the turn starts in the recording, in milliseconds, from a time stamp around the label. */
  startMs?: number;
}

const MAX_LABEL_WORDS = 5;
const MAX_LABEL_LENGTH = 40;

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

/** What a label's words are made of: letters, marks, digits, name punctuation ("SPEAKER_00" too), emoji. */
const LABEL_WORD = /^(?:[\p{L}\p{M}\p{N}.'’&()_-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u;

/**
 * A speaker in square brackets, as diarising transcribers print it:
 * "[Speaker 1] [00:03] Adam, can you hear me?", "[SPEAKER_00] Yes.",
 * "[Jane Doe] Hello." A time stamp may follow the name, inside or after
 * the brackets. "[Laughter]" is a stage direction, and "[1]" a footnote.
 */
const BRACKETED_LABEL = new RegExp(String.raw`^\[([^\][\n:]{1,40}?)(?:[ \t]+${TIME_STAMP})?\](?:[ \t]+${TIME_STAMP})?[ \t]+(\S[^]*)$`, 'u');

/**
 * Colon-words that open lines but name no one: a log's levels, an email's
 * headers, a web address's scheme, a photo caption's place in the picture
 * ("Left: NASA astronaut …", "Top right: …") and an article's notes. A log
 * file whose every line starts "ERROR:" is not a transcript, nor an
 * article whose captions start "Left:".
 */
const NEVER_SPEAKERS = new Set(
  [
    'info|warn|warning|error|err|debug|trace|fatal|critical|notice|verbose|todo|fixme|stdout|stderr|from|to|cc|bcc|subject|date|sent|re|fwd|http|https|ftp|mailto|file',
    'left|right|top|bottom|middle|center|centre|above|below|inset|far left|far right|top left|top right|bottom left|bottom right|upper left|upper right|lower left|lower right|background|foreground',
    'photo|image|caption|credit|credits|source|sources|note|notes|update|correction|editor’s note|editor\'s note',
  ]
    .join('|')
    .split('|'),
);
/** A figure's or table's caption ("Figure 1: The array …", "Table 2: …"), numbered: a part of the document, not a voice. */
const NUMBERED_PART = /^(?:figure|fig\.|table|chart|map|plate|exhibit|appendix|step|chapter|section|part|example)\s+[\dIVXLC]/iu;
/** Words that open a lead-in, never a name: "In January:", "On Monday:", "After the break:", "For example:". */
const LEAD_IN_WORDS = new Set(['in', 'on', 'at', 'by', 'for', 'from', 'after', 'before', 'during', 'since', 'until', 'till', 'with', 'without', 'about', 'into', 'over', 'under', 'between', 'through', 'across', 'around', 'per', 'via', 'like', 'than', 'and', 'but', 'or', 'then', 'also', 'finally', 'next']);
/** Lower-case words names carry ("Ludwig van Beethoven", "Speaker of the House"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'of', 'the', 'bin', 'ibn', 'al', 'y']);

/**
 * Reads "Name: words" — a short label (at most five words, the first
 * capitalised, every other one capitalised, a number or a name particle)
 * followed by a colon and a space. "10:30", "http://…" and "However, note
 * this: …" are not labels; a lone "Note: …" is, so callers that scan prose
 * must also ask that labels be the dominant pattern. A bare Q or A mark
 * (see BARE_QA_MARK) is read as a label too. A transcription service's time
 * stamp before the label, between the name and its colon, or right after
 * the colon is left out of both.
 */
export function readSpeakerLabel(line: string): LabelledLine | undefined {
  const unstamped = line.replace(STAMP_FIRST, '').replace(MARKDOWN_BOLD_LABEL, '$2:');
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
  const match = stamped ?? bracketed ?? LABEL_AT_START.exec(unstamped);
  if (!match) return undefined;
  const speaker = (match[1] ?? '').trim();
  if (speaker.length === 0 || speaker.length > MAX_LABEL_LENGTH) return undefined;
  const words = speaker.split(/[ \t]+/);
  if (words.length > MAX_LABEL_WORDS || !words.every((word) => LABEL_WORD.test(word))) return undefined;
  if (!isNameLike(words) || NEVER_SPEAKERS.has(speaker.toLowerCase()) || NUMBERED_PART.test(speaker)) return undefined;
  if (words.length > 1 && LEAD_IN_WORDS.has(words[0]!.toLowerCase())) return undefined;
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

/** The first word with letters is capitalised (or from a script without case); later ones too, unless particles. Numbers and emoji may stand anywhere. */
function isNameLike(words: string[]): boolean {
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  if (lettered.length === 0) return false;
  return lettered.every((word, index) => isCapitalOrCaseless(/\p{L}/u.exec(word)![0]) || (index > 0 && NAME_PARTICLES.has(word.toLowerCase())));
}

function isCapitalOrCaseless(letter: string): boolean {
  return letter !== letter.toLowerCase() || letter.toLowerCase() === letter.toUpperCase();
}
