import type { SearchGroup, SearchHit, SearchHitKind, SearchResult } from '../../shared/contract';

/** One hit as the result list offers it: where it sits among the groups, and its element id. */
export interface SearchOption {
  id: string;
  group: number;
  documentId: string;
  hit: SearchHit;
}

/** Every hit of every group, in the order shown, for the arrow keys. */
export function searchOptions(groups: readonly SearchGroup[]): SearchOption[] {
  return groups.flatMap((group, g) => group.hits.map((hit, h) => ({ id: `search-hit-${g}-${h}`, group: g, documentId: group.documentId, hit })));
}

/**
 * Where a key moves the active option: ↑ ↓ one hit (wrapping round), Page
 * Up / Page Down to the first hit of the previous or next document.
 * Undefined for any other key, or when there is nothing to move to.
 */
export function movedIndex(key: string, index: number, options: readonly SearchOption[]): number | undefined {
  const last = options.length - 1;
  if (last < 0) return undefined;
  const at = Math.min(Math.max(index, 0), last);
  const group = options[at]!.group;
  switch (key) {
    case 'ArrowDown':
      return at >= last ? 0 : at + 1;
    case 'ArrowUp':
      return at <= 0 ? last : at - 1;
    case 'PageDown': {
      const next = options.findIndex((option) => option.group > group);
      return next === -1 ? last : next;
    }
    case 'PageUp': {
      const first = options.findIndex((option) => option.group === group);
      if (first < at) return first;
      const previous = options.findIndex((option) => option.group === group - 1);
      return previous === -1 ? 0 : previous;
    }
    default:
      return undefined;
  }
}

const KIND_LABELS: Record<SearchHitKind, string> = { title: 'Title', text: 'Text', note: 'Note', tag: 'Tag', card: 'Card' };

/** What kind of place a hit is in, as the list labels it. */
export function kindLabel(kind: SearchHitKind): string {
  return KIND_LABELS[kind];
}

const count = (n: number, one: string, many: string, capped = false) => `${n.toLocaleString('en-US')}${capped ? '+' : ''} ${n === 1 && !capped ? one : many}`;

/** A document's count of hits, as its heading says it ("1 hit", "1,000+ hits"). */
export function hitCount(group: SearchGroup): string {
  return count(group.total, 'hit', 'hits', group.totalCapped);
}

/** The one line that says what the list shows (and how far indexing has come). */
export function searchStatus(query: string, result: SearchResult | null, searching: boolean): string {
  const indexing = result?.indexing ? `Indexing ${result.indexing.done.toLocaleString('en-US')} of ${count(result.indexing.total, 'document', 'documents')}… ` : '';
  if (query.trim() === '') return `${indexing}Type a word to search the text, notes, tags and cards of every document.`.trim();
  if (!result) return searching ? `${indexing}Searching…` : indexing;
  if (result.groups.length === 0) return `${indexing}${searching ? 'Searching…' : `Nothing found for “${query.trim()}”.`}`;
  const hits = result.groups.reduce((sum, group) => sum + group.total, 0);
  const capped = result.groups.some((group) => group.totalCapped);
  const documents = count(result.groups.length, 'document', 'documents', result.truncated);
  return `${indexing}${count(hits, 'hit', 'hits', capped)} in ${documents}.`;
}
