/** A cue time as a transcript shows it: "12:03", or "1:02:03" past the first hour. */
export function formatCueTime(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The same time as an HTML duration ("PT12M3S"), for a <time datetime>. */
export function cueDuration(ms: number): string {
  return `PT${Math.floor(ms / 1000)}S`;
}
