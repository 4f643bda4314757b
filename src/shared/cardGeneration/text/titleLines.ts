import { isStandaloneLine } from './chunks';

/** A title is a few words: a longer unpunctuated line is a sentence that lost its full stop. */
const MAX_TITLE_WORDS = 12;
const MAX_TITLE_CASE_WORDS = 25;
const TITLE_CASE_SHARE = 0.6;

/** How long the paragraph's first line is when it is a title standing alone (the whole paragraph, or over the body on the line below); 0 when it is not. */
export function titleLineLength(paragraph: string): number {
  // "The Marshall Star for April 3, 2024" over "Huntsville, Marshall Preparing to Celebrate Total Solar Eclipse": a title in a few lines, every one in title case.
  const lines = paragraph.split('\n');
  if (lines.length > 1 && lines.length <= MAX_TITLE_LINES && lines.every(isTitleCaseLine)) return paragraph.length;
  const lineEnd = paragraph.indexOf('\n');
  const line = lineEnd === -1 ? paragraph : paragraph.slice(0, lineEnd);
  const words = line.trim().split(/\s+/u);
  // A longer line is a title only in title case ("Remarks by the President Before Meeting with the Presidential Commission …").
  const titleCase = words.filter((word) => /^\p{Lu}/u.test(word)).length >= words.length * TITLE_CASE_SHARE;
  if (words.length > (titleCase ? MAX_TITLE_CASE_WORDS : MAX_TITLE_WORDS) || !/\p{L}/u.test(line)) return 0;
  if (lineEnd === -1) return /[.!?…:;,"”’)\]]\s*$/u.test(line) ? 0 : line.length;
  const nextEnd = paragraph.indexOf('\n', lineEnd + 1);
  return isStandaloneLine(line, paragraph.slice(lineEnd + 1, nextEnd === -1 ? paragraph.length : nextEnd)) ? line.length : 0;
}

const MAX_TITLE_LINES = 3;

/** A line set as a title: a few words, most capitalised, no sentence's end. */
function isTitleCaseLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  const capitalised = words.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length;
  return /\p{L}/u.test(line) && words.length <= MAX_TITLE_CASE_WORDS && capitalised >= words.length * TITLE_CASE_SHARE && !/[.!?…:;,"”’)\]]\s*$/u.test(line);
}
