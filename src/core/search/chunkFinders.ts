import { TextFinder } from '../../shared/textSearch/findAll';

/** Memory the cache may hold, counted as UTF-16 units × 8 (the text made matchable, its folded copy and the offset map). */
const BUDGET_BYTES = 64 * 1024 * 1024;
const BYTES_PER_UNIT = 8;

/**
 * Finders of recently searched stretches of text, least recently used
 * dropped first: a finder folds its text once, and search-as-you-type asks
 * about the same chunks query after query ("prin", "princ", "prince a"…).
 * 64 MB holds the chunks of two or three long books.
 */
export class ChunkFinders {
  private readonly finders = new Map<string, { finder: TextFinder; bytes: number }>();
  private bytes = 0;

  /** The finder of the stretch `key` (unique to a text and its place), made by `make` when not cached. */
  get(key: string, text: () => string): TextFinder {
    const cached = this.finders.get(key);
    if (cached) {
      // Most recently used last: a Map keeps insertion order.
      this.finders.delete(key);
      this.finders.set(key, cached);
      return cached.finder;
    }
    const made = text();
    const entry = { finder: new TextFinder(made), bytes: made.length * BYTES_PER_UNIT };
    this.finders.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, { bytes }] of this.finders) {
      if (this.bytes <= BUDGET_BYTES || oldest === key) break;
      this.finders.delete(oldest);
      this.bytes -= bytes;
    }
    return entry.finder;
  }
}

/** The worker's one cache. */
export const chunkFinders = new ChunkFinders();
