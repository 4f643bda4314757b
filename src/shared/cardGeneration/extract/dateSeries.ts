import type { Token } from '../nlp/token';

/** Words that may stand between the items of a series: "1685, 1690, 1694, and 1700". */
const SERIES_JOINS = new Set([',', 'and', 'or', ';']);
/** This many dates in a row make a series. */
const MIN_SERIES = 3;

/**
 * Dates listed in a row ("published 1685, 1690, 1694, and 1700
 * respectively"): each alone is a blank among look-alikes, which no reader
 * can tell apart, so none is carded.
 */
export function datesInSeries<T extends { from: number; to: number }>(tokens: readonly Token[], dates: readonly T[]): Set<T> {
  const listed = new Set<T>();
  let run: T[] = [];
  const flush = (): void => {
    if (run.length >= MIN_SERIES) for (const date of run) listed.add(date);
    run = [];
  };
  for (const date of [...dates].sort((a, b) => a.from - b.from)) {
    const previous = run.at(-1);
    const between = previous ? tokens.slice(previous.to, date.from) : [];
    if (!previous || (between.length > 0 && between.length <= 2 && between.every((token) => SERIES_JOINS.has(token.lower)))) run.push(date);
    else {
      flush();
      run.push(date);
    }
  }
  flush();
  return listed;
}
