/**
 * Stage directions in transcripts: "(Applause.)", "(Laughter.)",
 * "[CROSSTALK]", "(inaudible)", "(ph)". They are the transcriber's notes on
 * what happened, not anyone's words: the reader shows them dimmed, and
 * flashcards are never made from them. Recognised by their words (a short
 * vocabulary of what transcribers note), not by brackets alone: "(CSTO)",
 * "(Book of Optics)" and "(see also …)" are the text's own.
 */

/** A stage direction's place in the text, as UTF-16 offsets (brackets included). */
export interface StageDirection {
  start: number;
  end: number;
}

/** Words a stage direction is made of (lower case); "and", "of" and the like join them. */
const DIRECTION_WORDS = new Set([
  'applause', 'laughter', 'laughs', 'laughing', 'chuckles', 'chuckling', 'cheers', 'cheering', 'boos', 'booing', 'sighs', 'coughs', 'coughing',
  'inaudible', 'unintelligible', 'indiscernible', 'unclear', 'crosstalk', 'cross-talk', 'overlapping', 'pause', 'pauses', 'silence', 'music',
  'ph', 'phonetic', 'sp', 'audio', 'video', 'gap', 'break', 'recess', 'mic', 'off-mic', 'off', 'clip', 'plays', 'begins', 'ends', 'begin', 'end',
  'technical', 'difficulties', 'difficulty', 'background', 'noise', 'clears', 'throat', 'interruption', 'interrupted', 'applauds', 'audience',
  'speaks', 'speaking', 'foreign', 'language', 'translated', 'translation', 'via', 'interpreter', 'long', 'brief', 'short', 'extended',
  'bleep', 'bleeped', 'bleeps', 'expletive', 'expletives', 'deleted', 'censored',
]);
const JOINING_WORDS = new Set(['and', 'of', 'the', 'a', 'in', 'from', 'with', 'on']);
/** Words that, alone, are too ordinary to mark a direction: "(short)", "(end)" stay text; "(BEGIN VIDEO CLIP)" is one. */
const NEEDS_COMPANY = new Set(['off', 'begin', 'begins', 'end', 'ends', 'long', 'brief', 'short', 'extended', 'via', 'audio', 'video', 'break', 'background', 'clip', 'plays', 'speaks', 'speaking', 'language', 'deleted']);

/** A recording's time inside a note: a transcription service stamps "[inaudible 00:14:22]", "[crosstalk 00:03:10.02]". */
const TIME_STAMP = /\b\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\b/gu;

/** A bracketed stretch of one line, at most 60 characters inside. */
const BRACKETED = /\(([^()\n]{1,60})\)|\[([^[\]\n]{1,60})\]/gu;

/** Whether the words inside a pair of brackets are a transcriber's note. */
export function isStageDirection(inside: string): boolean {
  const words = inside
    .replace(TIME_STAMP, ' ')
    .toLowerCase()
    .replace(/[.,;:!?…—–]+/gu, ' ')
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || words.length > 6) return false;
  const meaningful = words.filter((word) => !JOINING_WORDS.has(word));
  if (meaningful.length === 0 || !meaningful.every((word) => DIRECTION_WORDS.has(word))) return false;
  return meaningful.length >= 2 || !NEEDS_COMPANY.has(meaningful[0]!);
}

/** Every stage direction of a text, in order. */
export function findStageDirections(text: string): StageDirection[] {
  const found: StageDirection[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    if (isStageDirection(match[1] ?? match[2] ?? '')) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Words of a note that stands for words the transcriber could not give: "[unintelligible 00:14:22]", "[crosstalk]", "[bleep]". */
const MISSING_WORDS = new Set(['inaudible', 'unintelligible', 'indiscernible', 'unclear', 'crosstalk', 'cross-talk', 'overlapping', 'gap', 'bleep', 'bleeped', 'bleeps', 'expletive', 'expletives', 'censored']);

/**
 * The stage directions that stand in for words: a sentence around one has
 * a hole in it ("Cortex allows you [unintelligible] on object storages"),
 * and blanking the note leaves the hole, so such a sentence makes no card.
 */
export function findWordGaps(text: string, directions: readonly StageDirection[] = findStageDirections(text)): StageDirection[] {
  return directions.filter(({ start, end }) =>
    text
      .slice(start, end)
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .some((word) => MISSING_WORDS.has(word)),
  );
}

/**
 * The text with its stage directions blanked out (spaces of the same
 * length), so offsets into it are offsets into the text. A caller that
 * also needs the directions finds them once and passes them in.
 */
export function withoutStageDirections(text: string, directions: readonly StageDirection[] = findStageDirections(text)): string {
  if (directions.length === 0) return text;
  let result = '';
  let at = 0;
  for (const { start, end } of directions) {
    result += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return result + text.slice(at);
}
