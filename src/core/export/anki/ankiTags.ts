import { TAG_SEPARATOR } from '../../../shared/tags/tagName';

/** Anki's separator between the levels of a hierarchical tag. */
const ANKI_TAG_SEPARATOR = '::';

/**
 * One level of a tag as Anki can hold it. Anki splits a note's tags on
 * spaces (and the ideographic space), and drops control characters and
 * double quotes, so spaces become "_" and the others go; a "::" inside a
 * level would invent a level of its own, so it is cut to ":".
 */
function ankiTagLevel(level: string): string {
  return (
    level
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what Anki drops
      .replace(/[\u0000-\u001f\u007f"]/gu, '')
      .trim()
      .replace(/\s+/gu, '_')
      .replace(/:{2,}/gu, ':')
  );
}

/** A Gloss tag as an Anki tag: "place/New York" → "place::New_York"; empty when nothing of it is left. */
export function ankiTag(tag: string): string {
  return tag
    .split(TAG_SEPARATOR)
    .map(ankiTagLevel)
    .filter((level) => level !== '')
    .join(ANKI_TAG_SEPARATOR);
}

/** A card's tags as Anki tags, in order, each once (Anki compares tags case-insensitively). */
export function ankiTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.map(ankiTag)) {
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
