/**
 * YAML front matter from flat values. Strings are written as JSON strings,
 * which YAML 1.2 reads as double-quoted scalars: any title, with quotes,
 * colons or line breaks, stays one value.
 */
export function yamlFrontMatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}
