import { htmlField } from './ankiHtml';

const collapsed = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Where a card comes from, as HTML for the back of its note: the source
 * passage (left out when the front already shows it word for word, as a
 * cloze of one sentence does) and the document's title. The classes let a
 * note type style them (noteTypes.ts); they are unquoted, as HTML allows,
 * so that no field of the text format needs CSV quoting.
 */
export function sourcePassageHtml(passage: string | null, documentTitle: string, shownOnFront: string): string {
  const title = `<div class=gloss-document>${htmlField(documentTitle)}</div>`;
  if (passage === null || collapsed(passage) === '' || collapsed(passage) === collapsed(shownOnFront)) return title;
  return `<blockquote class=gloss-passage>${htmlField(passage.trim())}</blockquote>${title}`;
}
