/*
 * The library search's limits, without the schemas (see search.ts): the
 * search worker needs these numbers, and loading zod and the whole contract
 * only for them made its start markedly slower.
 */
import { MAX_QUERY_LENGTH } from '../textSearch/findAll';

/** The longest query searched, in UTF-16 units (the contract refuses a longer one). */
export const MAX_SEARCH_QUERY_LENGTH = MAX_QUERY_LENGTH;

/** The most documents one answer lists; more are cut and `truncated` says so. */
export const MAX_SEARCH_GROUPS = 100;

/** The most hits listed per document by default (`limit`); `total` counts them all. */
export const DEFAULT_SEARCH_LIMIT = 20;
