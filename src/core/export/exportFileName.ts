/**
 * A file name to suggest for an export: the title's words (letters and
 * digits of any script, dashes between), the date, and the extension;
 * never a path, never empty.
 */
export function exportFileName(title: string, exportedAt: string, extension: string): string {
  const words = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80)
    .replace(/-+$/u, '');
  return `${words || 'gloss'}-${exportedAt.slice(0, 10)}.${extension}`;
}
