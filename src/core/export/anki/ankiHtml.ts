/**
 * Anki fields are HTML, and a cloze field is also read for "{{c1::…}}"
 * markup. Gloss's words are plain text, so every character that means
 * something there is written as an entity: the words show as typed and can
 * never become markup, a cloze, or (in the text format) a quote, a tab or a
 * line break that ends a field.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '{': '&#123;',
  '}': '&#125;',
};

/** Plain text as the HTML of an Anki field: special characters as entities, a line break as <br>. */
export function htmlField(text: string): string {
  return text.replace(/[&<>"\t{}]/gu, (char) => ENTITIES[char]!).replace(/\r\n|\r|\n/gu, '<br>');
}

/** Words inside a cloze ("{{c1::words::hint}}"): as a field, and with "::" broken so it cannot end the answer early. */
export function htmlClozePart(text: string): string {
  return htmlField(text).replace(/::/gu, ':&#58;');
}

const DECODED: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#9;': '\t',
  '&#123;': '{',
  '&#125;': '}',
  '&#58;': ':',
};

/** A field written by htmlField as the plain text Anki sorts and checks duplicates by (tags dropped, entities read). */
export function fieldText(html: string): string {
  return html
    .replace(/<br>/gu, ' ')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(?:amp|lt|gt|quot|#9|#123|#125|#58);/gu, (entity) => DECODED[entity]!);
}
