/** Characters that print nothing: soft hyphens, zero-width spaces and joiners, byte-order marks. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** C0 and C1 control characters; a PDF's text can carry them from broken font encodings. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** A block's or line's text as the reader sees it: no invisible or control characters, single spaces, trimmed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}
