/**
 * A stamp per document that differs after any change of its data made in
 * this process (highlights, cards, title, text versions; not grades, which
 * only append to the review log) and after a restore of the whole library:
 * the search index compares stamps to re-index only what changed. A change
 * that failed counts too (re-reading costs less than missing one).
 *
 * A change moves the stamp when it begins and again when it ends, and while
 * one is under way the document is not steady: what is read meanwhile may
 * be the data before or after it, so nothing read then may be kept under a
 * stamp (see AnnotationViewCache).
 */
export class ChangeStamps {
  private readonly changes = new Map<string, number>();
  private readonly changing = new Map<string, number>();
  private restores = 0;
  private restoring = 0;

  /** A change of a document's data begins. */
  begin(id: string): void {
    this.bump(id);
    this.changing.set(id, (this.changing.get(id) ?? 0) + 1);
  }

  /** …and ends (done or failed). */
  end(id: string): void {
    this.changing.set(id, (this.changing.get(id) ?? 1) - 1);
    if (this.changing.get(id) === 0) this.changing.delete(id);
    this.bump(id);
  }

  /** A document's data changed at once (removed, say). */
  noteChange(id: string): void {
    this.bump(id);
  }

  /** Every document may change: a restore of the library begins… */
  beginRestore(): void {
    this.restores++;
    this.restoring++;
  }

  /** …and ends. */
  endRestore(): void {
    this.restoring--;
    this.restores++;
  }

  stampOf(id: string): string {
    return `${this.restores}.${this.changes.get(id) ?? 0}`;
  }

  /** Whether no change of the document, and no restore, is under way. */
  isSteady(id: string): boolean {
    return this.restoring === 0 && !this.changing.has(id);
  }

  private bump(id: string): void {
    this.changes.set(id, (this.changes.get(id) ?? 0) + 1);
  }
}
