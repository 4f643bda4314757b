/**
 * A stamp per document that differs after any change of its data made in
 * this process (highlights, cards, title, text versions; not grades, which
 * only append to the review log) and after a restore of the whole library:
 * the search index compares stamps to re-index only what changed. A change
 * that failed counts too (re-reading costs less than missing one).
 */
export class ChangeStamps {
  private readonly changes = new Map<string, number>();
  private restores = 0;

  /** A document's data changed (or a change was tried). */
  noteChange(id: string): void {
    this.changes.set(id, (this.changes.get(id) ?? 0) + 1);
  }

  /** Every document may have changed: the library was restored. */
  noteRestore(): void {
    this.restores++;
  }

  stampOf(id: string): string {
    return `${this.restores}.${this.changes.get(id) ?? 0}`;
  }
}
