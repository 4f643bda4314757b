const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Whole local calendar days from one moment's day to another's. */
function calendarDays(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end.getTime() - start.getTime()) / (24 * HOUR));
}

/**
 * When a card comes due, as people say it: "now", "in 10 min", "in 3 h",
 * "tomorrow", "in 4 days", and past a month a date ("on 2 Dec 2026").
 * A card learnt minutes ago is never shown as a date.
 */
export function relativeDue(iso: string, now: Date = new Date()): string {
  const due = new Date(iso);
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return 'now';
  if (ms < HOUR) return `in ${Math.max(1, Math.round(ms / MINUTE))} min`;
  const days = calendarDays(now, due);
  // Late in the evening, "in 2 h" says more than "tomorrow".
  if (days === 0 || ms < 12 * HOUR) return `in ${Math.round(ms / HOUR)} h`;
  if (days === 1) return 'tomorrow';
  if (days <= 30) return `in ${days} days`;
  return `on ${due.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}
