import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupCopy } from '../storage/restoreNewestGoodCopy';
import { FileExistsError, placeExclusive, writeFileExclusive } from '../storage/writeFileExclusive';
import type { DocumentFileData } from './documentFile';
import { noteFileReferenceOf, noteFileRelativePath, readNoteFile } from './noteFileLayout';

/**
 * Notes longer than this are kept in a file of their own, so that a
 * document with long notes does not rewrite them all with every change.
 */
export const LARGE_NOTE_CHARS = 16_384;

export interface NoteFilesOptions {
  dataDir: string;
  documentId: string;
  /** The document's title, for notices. */
  title: string;
  /** Older copies of a note file (snapshots), for one that went missing. */
  backupCopiesOf?: (relativePath: string) => Promise<BackupCopy[]>;
  onNotice: (message: string) => void;
}

/**
 * One document's long notes. In memory every highlight holds its whole
 * note; on disk a long one is `note: ""` with `noteFile: <sha-256>`, the
 * note itself in notes/<document>/<hash>.md, written once with an exclusive
 * create. A change to one note writes that note's file and a document file
 * that is as small as if the notes were short.
 */
export class NoteFiles {
  /** Each long note met so far, by its hash. */
  private readonly byHash = new Map<string, string>();
  /** The hash of each highlight's long note, and the note it was computed from (to tell when it changed). */
  private readonly byAnnotation = new Map<string, { note: string; hash: string }>();
  /** Highlights whose note file could not be found: their reference is kept, so the note comes back if the file does. */
  private readonly unresolved = new Map<string, string>();
  private readonly written = new Set<string>();
  private restored = 0;

  constructor(private readonly options: NoteFilesOptions) {}

  /** The document file's data as it is written: long notes replaced by references to their files, which are written first. */
  async toDisk(data: DocumentFileData): Promise<DocumentFileData> {
    let annotations: unknown[] | null = null;
    // A plain loop that awaits only for long notes: this runs before every write of the document.
    for (const [i, entry] of data.annotations.entries()) {
      const annotation = entry as { id?: unknown; note?: unknown } | null;
      if (typeof annotation?.id !== 'string' || typeof annotation.note !== 'string') continue;
      let stored: unknown = entry;
      if (annotation.note.length > LARGE_NOTE_CHARS) stored = { ...annotation, note: '', noteFile: await this.store(annotation.id, annotation.note) };
      else if (annotation.note === '' && this.unresolved.has(annotation.id)) stored = { ...annotation, noteFile: this.unresolved.get(annotation.id) };
      if (stored === entry) continue;
      annotations ??= [...data.annotations];
      annotations[i] = stored;
    }
    return annotations ? { ...data, annotations } : data;
  }

  /** Puts every long note back into data read from disk (in place), looking in snapshots for a missing file. */
  async inline(data: DocumentFileData): Promise<void> {
    let missing = 0;
    for (const [i, entry] of data.annotations.entries()) {
      const hash = noteFileReferenceOf(entry);
      if (!hash) continue;
      const { noteFile: _reference, ...annotation } = entry as Record<string, unknown>;
      const note = this.byHash.get(hash) ?? (await this.read(hash));
      if (note === null) {
        missing++;
        if (typeof annotation['id'] === 'string') this.unresolved.set(annotation['id'], hash);
      }
      data.annotations[i] = { ...annotation, note: note ?? '' };
    }
    const { title, documentId } = this.options;
    if (this.restored > 0) {
      this.options.onNotice(`${this.restored === 1 ? 'A long note' : `${this.restored} long notes`} of "${title}" had gone missing from notes/${documentId}; Gloss restored ${this.restored === 1 ? 'it' : 'them'} from a snapshot.`);
      this.restored = 0;
    }
    if (missing > 0) {
      this.options.onNotice(
        `${missing === 1 ? 'The note of 1 highlight' : `The notes of ${missing} highlights`} in "${title}" could not be found (the folder notes/${documentId} lost ${missing === 1 ? 'a file' : 'files'}) and no snapshot holds ${missing === 1 ? 'it' : 'them'}. The highlights are kept, with empty notes; a note comes back if its file is put back.`,
      );
    }
  }

  /** The same for data parsed again after a failed write: every long note is already in memory. */
  inlineKnown(data: DocumentFileData): DocumentFileData {
    data.annotations = data.annotations.map((entry) => {
      const hash = noteFileReferenceOf(entry);
      if (!hash) return entry;
      const { noteFile: _reference, ...annotation } = entry as Record<string, unknown>;
      return { ...annotation, note: this.byHash.get(hash) ?? '' };
    });
    return data;
  }

  private async store(annotationId: string, note: string): Promise<string> {
    const known = this.byAnnotation.get(annotationId);
    const hash = known?.note === note ? known.hash : createHash('sha256').update(note).digest('hex');
    if (!this.written.has(hash)) {
      const path = join(this.options.dataDir, noteFileRelativePath(this.options.documentId, hash));
      await mkdir(join(this.options.dataDir, 'notes', this.options.documentId), { recursive: true });
      try {
        await writeFileExclusive(path, note);
      } catch (error) {
        // Named by its content: a file of that name holds this very note.
        if (!(error instanceof FileExistsError)) throw error;
      }
      this.written.add(hash);
    }
    this.byHash.set(hash, note);
    this.byAnnotation.set(annotationId, { note, hash });
    this.unresolved.delete(annotationId);
    return hash;
  }

  private async read(hash: string): Promise<string | null> {
    const relative = noteFileRelativePath(this.options.documentId, hash);
    const path = join(this.options.dataDir, relative);
    let note = await readNoteFile(path);
    if (note === null) note = await this.restoreFromSnapshot(relative, path);
    if (note !== null) {
      this.byHash.set(hash, note);
      this.written.add(hash);
    }
    return note;
  }

  private async restoreFromSnapshot(relative: string, path: string): Promise<string | null> {
    for (const copy of (await this.options.backupCopiesOf?.(relative)) ?? []) {
      const note = await readNoteFile(copy.path);
      if (note === null) continue;
      await mkdir(join(this.options.dataDir, 'notes', this.options.documentId), { recursive: true });
      await placeExclusive(copy.path, path).catch((error: unknown) => {
        if (!(error instanceof FileExistsError)) throw error;
      });
      this.restored++;
      return note;
    }
    return null;
  }
}
