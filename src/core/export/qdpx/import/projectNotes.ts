import type { ZipArchive } from '../../../import/formats/zip/zipArchive';
import type { ProjectTextSource } from './projectModel';
import { readSourceText } from './sourceText';

/** The project's notes by GUID, their texts read once, and which of them something referred to. */
export class ProjectNotes {
  private readonly byGuid: Map<string, ProjectTextSource>;
  private readonly texts = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    notes: readonly ProjectTextSource[],
    private readonly archive: ZipArchive,
    private readonly warnings: string[],
  ) {
    this.byGuid = new Map(notes.map((note) => [note.guid, note]));
  }

  /** A note by GUID (marking it used); undefined, with a warning, when the project has none such. */
  note(guid: string): ProjectTextSource | undefined {
    const note = this.byGuid.get(guid);
    if (!note) this.warnings.push(`A reference to a note (${guid}) leads to none in the project; it was left out.`);
    else this.used.add(guid);
    return note;
  }

  /** A note's text ('' when it cannot be read, with a warning). */
  text(note: ProjectTextSource): string {
    let text = this.texts.get(note.guid);
    if (text === undefined) {
      const read = readSourceText(this.archive, note);
      if ('problem' in read) this.warnings.push(`The note “${note.name ?? note.guid}” ${read.problem}; its text was left out.`);
      text = 'problem' in read ? '' : read.text;
      this.texts.set(note.guid, text);
    }
    return text;
  }

  /** The texts of the notes a selection refers to, in its order. */
  textsOf(guids: readonly string[]): string[] {
    return guids.flatMap((guid) => {
      const note = this.note(guid);
      return note ? [this.text(note)] : [];
    });
  }

  /** How many notes nothing imported referred to. */
  get unused(): number {
    return this.byGuid.size - this.used.size;
  }
}
