/** The tags an entry of a document's annotations carries (none for a malformed one). */
export function annotationTags(entry: unknown): string[] {
  const tags = (entry as { tags?: unknown } | null)?.tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [];
}
