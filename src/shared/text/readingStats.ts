/** Average silent reading speed for non-fiction prose, in words per minute. */
export const WORDS_PER_MINUTE = 238;

/** Counts words: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) count++;
  return count;
}

/** Reading time rounded to whole minutes, at least one for any text. */
export function readingMinutes(wordCount: number): number {
  if (wordCount <= 0) return 0;
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** "4 min read" or "12 h 5 min read", for the reader's header. */
export function formatReadingTime(minutes: number): string {
  if (minutes < 60) return `${minutes} min read`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h read` : `${hours} h ${rest} min read`;
}
