/**
 * What the server acknowledged during a stress run, to check against the disk
 * after every kill: a 200 is a promise that the write survives.
 */
export class WriteLedger {
  /** Highlight id → the notes sent for it, in order, and how many of them were acknowledged. */
  readonly highlights = new Map<string, { notes: string[]; ackedNote: number }>();
  /** Card id → acknowledged grades. */
  readonly grades = new Map<string, number>();
  /** The newest acknowledged text version and the line it appended. */
  text = { version: 1, marker: '' };
  acknowledged = 0;

  createAcked(id: string): void {
    this.highlights.set(id, { notes: [''], ackedNote: 0 });
    this.acknowledged++;
  }

  /** Records a note being sent (before the answer), returning its index. */
  noteSent(id: string, note: string): number {
    const entry = this.highlights.get(id)!;
    entry.notes.push(note);
    return entry.notes.length - 1;
  }

  noteAcked(id: string, index: number): void {
    const entry = this.highlights.get(id)!;
    entry.ackedNote = Math.max(entry.ackedNote, index);
    this.acknowledged++;
  }

  gradeAcked(cardId: string): void {
    this.grades.set(cardId, (this.grades.get(cardId) ?? 0) + 1);
    this.acknowledged++;
  }

  textAcked(version: number, marker: string): void {
    if (version > this.text.version) this.text = { version, marker };
    this.acknowledged++;
  }

  /**
   * What the disk lost, as sentences: a highlight that is gone, a note older
   * than the acknowledged one, fewer reviews than acknowledged, an older text.
   */
  check(state: { highlights: Map<string, string>; reps: Map<string, number>; textVersion: number; ackedVersionText: string | null }): string[] {
    const problems: string[] = [];
    for (const [id, { notes, ackedNote }] of this.highlights) {
      const note = state.highlights.get(id);
      if (note === undefined) {
        problems.push(`highlight ${id} was acknowledged but is gone`);
        continue;
      }
      const index = notes.lastIndexOf(note);
      if (index < ackedNote) problems.push(`highlight ${id} has note #${index}, older than the acknowledged #${ackedNote}`);
    }
    for (const [cardId, count] of this.grades) {
      if ((state.reps.get(cardId) ?? 0) < count) problems.push(`card ${cardId} has ${state.reps.get(cardId) ?? 0} reviews, ${count} were acknowledged`);
    }
    // A newer version saved but not acknowledged may have followed; the acknowledged one must still be on disk, as it was.
    if (state.textVersion < this.text.version) problems.push(`text is version ${state.textVersion}, version ${this.text.version} was acknowledged`);
    else if (this.text.marker && !state.ackedVersionText?.includes(this.text.marker)) {
      problems.push(`text version ${this.text.version} does not hold its acknowledged line "${this.text.marker}"`);
    }
    return problems;
  }
}
