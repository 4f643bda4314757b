import type { Category } from './contract';

/** The five colours a new library starts with, named for how analysts code a transcript. */
export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'c1', name: 'Key fact' },
  { id: 'c2', name: 'Claim' },
  { id: 'c3', name: 'Question' },
  { id: 'c4', name: 'Actor' },
  { id: 'c5', name: 'Follow up' },
];
