import { MAX_QUERY_LENGTH } from '../../shared/textSearch/findAll';
import type { FindResult } from './findCommands';

const number = (value: number): string => value.toLocaleString('en');

/** The find bar's count: "3 of 120", "No matches", or nothing before a search. */
export function findCountText(result: FindResult | null): string {
  if (!result) return '';
  if (result.count === 0) return 'No matches';
  if (result.current < 0) return `${number(result.count)} matches`;
  return `${number(result.current + 1)} of ${number(result.count)}`;
}

/** What the find bar adds under its field: that a query was cut short, or nothing. */
export function findNoteText(result: FindResult | null): string {
  return result?.queryCut ? `Only the first ${number(MAX_QUERY_LENGTH)} characters are searched.` : '';
}
