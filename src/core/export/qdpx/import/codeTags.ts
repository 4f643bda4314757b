import type { CategoryId, TagEntry } from '../../../../shared/contract';
import { MAX_TAG_LENGTH, TAG_SEPARATOR, tagKey, tidyTag } from '../../../../shared/tags/tagName';
import { nearestCategory } from '../categoryColours';
import { COLOURS_CODE, colourGuid } from '../codeTree';
import type { ProjectCode } from './projectModel';

/** What a project's codebook becomes in Gloss. */
export interface CodeTags {
  /** The tag each code became, by the code's GUID. */
  tagOf: Map<string, string>;
  /** The colour each of Gloss's colour-category codes stands for, by GUID. */
  colourOf: Map<string, CategoryId>;
  /** What the project calls each colour. */
  categoryNames: Map<CategoryId, string>;
  /** One codebook entry per tag, with the code's colour (the nearest of the five) and description. */
  entries: TagEntry[];
  /** How many codes the project has. */
  count: number;
}

/** The longest codebook description (see TagEntry). */
const MAX_DESCRIPTION = 4000;

const COLOUR_OF_GUID = new Map((['c1', 'c2', 'c3', 'c4', 'c5'] as const).map((id) => [colourGuid(id), id]));

/**
 * A code's name as one level of a tag: on one line, and with "/" and ","
 * (a tag's path separator, and what separates tags as typed) replaced by
 * look-alikes (∕ and ‚) so the name reads the same.
 */
function levelName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters become spaces
  const level = tidyTag(name.replace(/[\u0000-\u001f\u007f]/g, ' ').replaceAll(TAG_SEPARATOR, '\u2215').replaceAll(',', '\u201a'));
  return level === '' ? '(unnamed code)' : level;
}

/** The tag of a code under `parent`: its path, the name shortened (…) where the path would pass the longest tag. */
function tagPath(parent: string | null, level: string): string {
  const room = MAX_TAG_LENGTH - (parent === null ? 0 : parent.length + 1);
  if (parent !== null && room >= 1) return `${parent}${TAG_SEPARATOR}${level.length > room ? `${level.slice(0, room - 1)}…` : level}`;
  return level.length > MAX_TAG_LENGTH ? `${level.slice(0, MAX_TAG_LENGTH - 1)}…` : level;
}

/**
 * The project's codes as tags: each code's name a level of its path under
 * its parent's ("place/belarus"), codes Gloss tells apart only by case
 * merged into one tag, and Gloss's own colour codes (see codeTree.ts) read
 * back as colours. Every change to a name is said in `warnings`.
 */
export function codeTags(codes: readonly ProjectCode[], warnings: string[]): CodeTags {
  const result: CodeTags = { tagOf: new Map(), colourOf: new Map(), categoryNames: new Map(), entries: [], count: 0 };
  const entryByKey = new Map<string, TagEntry>();
  const visit = (code: ProjectCode, parent: string | null, inColours: boolean) => {
    result.count++;
    const colour = inColours ? COLOUR_OF_GUID.get(code.guid) : undefined;
    if (colour) {
      result.colourOf.set(code.guid, colour);
      result.categoryNames.set(colour, code.name.replace(/\s+/g, ' ').trim().slice(0, 40) || colour);
      return;
    }
    if (parent === null && code.guid === COLOURS_CODE.guid) {
      // Only the heading of the colours: no tag of its own (anything unexpected under it still becomes one).
      for (const child of code.children) visit(child, COLOURS_CODE.name, true);
      return;
    }
    const level = levelName(code.name);
    const tag = tagPath(parent, level);
    if (level !== code.name.trim() || !tag.endsWith(level)) {
      warnings.push(`The code “${code.name}” became the tag “${tag}”: a tag has no “/” or “,” in a name and at most ${MAX_TAG_LENGTH} characters.`);
    }
    const existing = entryByKey.get(tagKey(tag));
    if (existing) warnings.push(`The codes “${existing.name}” and “${tag}” became one tag: Gloss tells tags apart regardless of case.`);
    const entry = existing ?? { name: tag };
    const color = code.color ? nearestCategory(code.color) : null;
    if (color && !entry.color) entry.color = color;
    if (code.description && code.description.trim() !== '' && !entry.description) {
      if (code.description.length > MAX_DESCRIPTION) warnings.push(`The description of the code “${code.name}” was cut to ${MAX_DESCRIPTION} characters.`);
      entry.description = code.description.slice(0, MAX_DESCRIPTION);
    }
    if (!existing) {
      entryByKey.set(tagKey(tag), entry);
      result.entries.push(entry);
    }
    result.tagOf.set(code.guid, entry.name);
    for (const child of code.children) visit(child, entry.name, false);
  };
  for (const code of codes) visit(code, null, false);
  return result;
}
