import { withoutCredential } from '../../../shared/text/speakers';
/*
 * Whether the words of a label name a speaker: "Jen Psaki", "MR. SULLIVAN",
 * "Mireille Reece, PsyD", "SPEAKER_00", "李明", not a log's "ERROR", a
 * caption's "Top left" or a lead-in's "In January".
 */

const MAX_LABEL_WORDS = 5;
export const MAX_LABEL_LENGTH = 40;

/** What a label's words are made of: letters, marks, digits, name punctuation ("SPEAKER_00" too), emoji. */
const LABEL_WORD = /^(?:[\p{L}\p{M}\p{N}.'’&()_-]|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/u;

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
    // A page's record of itself, as a copy from the web keeps it: "Cite: http://…", "Posted: May 4".
    'cite|citation|url|link|links|permalink|posted|published|updated|released|retrieved|accessed|tags|keywords|category|categories|filed under|location|dateline|contact|email|e-mail|phone|tel|fax|website',
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
 * Whether a label names someone: at most five words of name characters, not
 * a colon-word that names no one, not a numbered part or a lead-in; with
 * `strict`, every word capitalised but for name particles (a name in
 * brackets with its time stamp needs only its first). A credential after a
 * comma stays part of the label.
 */
export function namesSomeone(label: string, { strict = true }: { strict?: boolean } = {}): boolean {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  const name = withoutCredential(label);
  const words = name.split(/[ \t]+/);
  if (words.length > MAX_LABEL_WORDS || !words.every((word) => LABEL_WORD.test(word))) return false;
  if (!(strict ? isNameLike(words) : isNameLike(words.slice(0, 1))) || NEVER_SPEAKERS.has(name.toLowerCase()) || NUMBERED_PART.test(name)) return false;
  return !(words.length > 1 && LEAD_IN_WORDS.has(words[0]!.toLowerCase()));
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
