/** One step the user can take back, with what to say about it. */
export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
}

/** A bounded stack of undoable highlight changes (deletes, recolours, notes, new highlights). */
export class UndoStack {
  private readonly entries: UndoEntry[] = [];

  constructor(private readonly limit = 100) {}

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
  }

  /** Takes back the newest step; returns its label, or null when there is nothing to undo. */
  async undo(): Promise<string | null> {
    const entry = this.entries.pop();
    if (!entry) return null;
    await entry.undo();
    return entry.label;
  }
}
