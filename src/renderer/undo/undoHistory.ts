/** One step the user can take back, with what to say once it is taken back. */
export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
}

/**
 * The workspace's one undo history: highlights, notes, colours, category
 * names and cards, in the order the user changed them. Mod+Z takes back the
 * newest step; a toast's Undo button takes back the step it announced, even
 * if quieter steps came after it (they concern other things).
 */
export class UndoHistory {
  private readonly entries: (UndoEntry & { id: number })[] = [];
  private nextId = 1;

  constructor(private readonly limit = 200) {}

  /** Records a step; returns its id, for a toast that offers to undo exactly this one. */
  push(entry: UndoEntry): number {
    const id = this.nextId++;
    this.entries.push({ ...entry, id });
    if (this.entries.length > this.limit) this.entries.shift();
    return id;
  }

  /** Whether a step is still waiting to be undone. */
  has(id: number): boolean {
    return this.entries.some((entry) => entry.id === id);
  }

  /** Takes back the newest step, or the step with this id; returns its label, or null when there is none. */
  async undo(id?: number): Promise<string | null> {
    const index = id === undefined ? this.entries.length - 1 : this.entries.findIndex((entry) => entry.id === id);
    if (index < 0) return null;
    const [entry] = this.entries.splice(index, 1);
    await entry!.undo();
    return entry!.label;
  }
}
