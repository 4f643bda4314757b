/** Longest file name kept as a document's source. */
const NAME_LIMIT = 200;

/**
 * The name a user's file is shown and kept under: the last part of whatever
 * path came with it (never `../` or a folder), on one line, without control
 * characters, at most NAME_LIMIT characters with its extension kept.
 */
export function displayFileName(raw: string): string {
  const last = raw.split(/[/\\]/).filter((part) => part.trim() !== '').pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const oneLine = last.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  const name = oneLine.replace(/^\.+$/, '') || 'Untitled file';
  if (name.length <= NAME_LIMIT) return name;
  const extension = extensionOf(name);
  const keep = extension && extension.length < 16 ? `.${extension}` : '';
  return `${name.slice(0, NAME_LIMIT - keep.length - 1)}…${keep}`;
}

/** A file name's extension, lower case, without the dot; '' when it has none. */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,15})$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

/** A file name without its extension: the title of last resort. */
export function titleFromFileName(name: string): string {
  const extension = extensionOf(name);
  const bare = extension ? name.slice(0, -(extension.length + 1)) : name;
  return bare.replace(/[_]+/g, ' ').trim() || name;
}
