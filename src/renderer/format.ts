const numberFormat = new Intl.NumberFormat('en');

/** "11,721" in the user's locale. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 word", "12,480 words". */
export function formatCount(count: number, noun: string): string {
  return `${numberFormat.format(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** A date as "28 Nov 2026" in the user's locale. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A moment as "28 Nov 2026, 14:05" in the user's locale. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A title cut to about `limit` characters on a word boundary, with an ellipsis when cut. */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
