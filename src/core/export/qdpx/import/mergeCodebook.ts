import type { Category, TagEntry } from '../../../../shared/contract';
import { tagKey } from '../../../../shared/tags/tagName';
import { DEFAULT_CATEGORIES } from '../../../../shared/defaultCategories';
import { spellAsCodebook, withTagsRegistered } from '../../../tags/codebook';

/**
 * The library's codebook with a project's codes added: a code the library
 * knows keeps the library's spelling, and gains only the colour or
 * description it lacked (what the analyst wrote here is never overwritten).
 */
export function mergeCodebook(codebook: readonly TagEntry[], entries: readonly TagEntry[]): TagEntry[] {
  const spelled = entries.map((entry) => ({ ...entry, name: spellAsCodebook(codebook, [entry.name])[0]! }));
  const merged = withTagsRegistered(codebook, spelled.map((entry) => entry.name));
  const indexByKey = new Map(merged.map((entry, index) => [tagKey(entry.name), index]));
  for (const entry of spelled) {
    const index = indexByKey.get(tagKey(entry.name))!;
    const known = merged[index]!;
    merged[index] = {
      ...known,
      ...(known.color === undefined && entry.color !== undefined ? { color: entry.color } : {}),
      ...(known.description === undefined && entry.description !== undefined ? { description: entry.description } : {}),
    };
  }
  return merged;
}

/**
 * The colours' names after an import: a colour the user has not renamed
 * (it has its default name) takes the project's name for it; one the user
 * named keeps it, with a warning.
 */
export function mergeCategoryNames(categories: readonly Category[], projectNames: ReadonlyMap<string, string>, warnings: string[]): Category[] {
  return categories.map((category) => {
    const wanted = projectNames.get(category.id);
    if (wanted === undefined || wanted === category.name) return category;
    const isDefault = DEFAULT_CATEGORIES.some((entry) => entry.id === category.id && entry.name === category.name);
    if (isDefault) return { ...category, name: wanted };
    warnings.push(`The colour “${category.name}” keeps its name; the project calls it “${wanted}”.`);
    return category;
  });
}
