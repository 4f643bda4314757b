import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore, openTestCore } from '../testing/freshCore';
import { LARGE_NOTE_CHARS } from './noteFiles';

let dataDir: string;
let core: Core;
let id: string;

beforeEach(async () => {
  ({ core, dataDir, documentId: id } = await openFreshCore('notes'));
});
afterEach(() => core.close());

const longNote = (n: number) => `Note ${n}: ${'a long analytic memo, '.repeat(Math.ceil((LARGE_NOTE_CHARS * 3) / 22))}`;
const highlight = (n: number, note: string) => core.call('annotation:create', { documentId: id, textVersion: 1, start: 10 + n * 30, end: 25 + n * 30, color: 'c1', note });
const reopen = async () => {
  await core.close();
  core = await openTestCore(dataDir);
};
const notesShown = async () => (await core.call('document:open', { id })).annotations.map((a) => a.note);
const documentFileSize = async () => (await stat(join(dataDir, 'documents', `${id}.json`))).size;
const noteFiles = async () => (await readdir(join(dataDir, 'notes', id)).catch(() => [] as string[])).filter((name) => name.endsWith('.md'));
const notices = async () => (await core.call('app:status', {})).notices.map((n) => n.message);

describe('long notes live in files of their own', () => {
  it('keeps the document file small, so a change elsewhere does not rewrite the notes, and shows every note whole after a restart', async () => {
    for (let n = 0; n < 10; n++) await highlight(n, longNote(n));
    const short = await highlight(10, 'a short note stays inline');
    expect(await noteFiles()).toHaveLength(10);
    // Ten notes of ~50 KB each, and the document file stays far smaller than one of them.
    expect(await documentFileSize()).toBeLessThan(LARGE_NOTE_CHARS);
    const written = await Promise.all((await noteFiles()).map(async (name) => (await stat(join(dataDir, 'notes', id, name))).mtimeMs));
    await core.call('annotation:update', { documentId: id, id: short.id, color: 'c3' });
    expect(await Promise.all((await noteFiles()).map(async (name) => (await stat(join(dataDir, 'notes', id, name))).mtimeMs))).toEqual(written);

    await reopen();
    expect(await notesShown()).toEqual([...Array.from({ length: 10 }, (_, n) => longNote(n)), 'a short note stays inline']);
  });

  it('an edited long note gets a new file; a note shortened again moves back into the document file', async () => {
    const made = await highlight(0, longNote(0));
    await core.call('annotation:update', { documentId: id, id: made.id, note: longNote(1) });
    expect(await noteFiles()).toHaveLength(2);
    await core.call('annotation:update', { documentId: id, id: made.id, note: 'short now' });
    const stored = JSON.parse(await readFile(join(dataDir, 'documents', `${id}.json`), 'utf8')) as { annotations: { note: string; noteFile?: string }[] };
    expect(stored.annotations[0]).toMatchObject({ note: 'short now' });
    expect(stored.annotations[0]!.noteFile).toBeUndefined();
    await reopen();
    expect(await notesShown()).toEqual(['short now']);
  });

  it('a lost note file comes back from a snapshot, with a notice', async () => {
    await highlight(0, longNote(0));
    await reopen(); // closing takes a snapshot
    await core.close();
    await rm(join(dataDir, 'notes'), { recursive: true });
    core = await openTestCore(dataDir);
    expect(await notesShown()).toEqual([longNote(0)]);
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringMatching(/^A long note of ".+" had gone missing from notes\/.+; Gloss restored it from a snapshot\.$/)]));
    expect(await noteFiles()).toHaveLength(1);
  });

  it('a lost note file with no copy: the highlight stays, the user is told, and the reference is kept for when the file comes back', async () => {
    const made = await highlight(0, longNote(0));
    await core.close();
    const [file] = await noteFiles();
    const saved = await readFile(join(dataDir, 'notes', id, file!), 'utf8');
    await rm(join(dataDir, 'notes'), { recursive: true });
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    core = await openTestCore(dataDir);
    expect(await notesShown()).toEqual(['']);
    expect(await notices()).toEqual(expect.arrayContaining([expect.stringContaining('The note of 1 highlight in "')]));
    // Another change to the document keeps the reference to the missing file.
    await core.call('annotation:update', { documentId: id, id: made.id, color: 'c2' });
    await core.close();
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(dataDir, 'notes', id), { recursive: true });
    await writeFile(join(dataDir, 'notes', id, file!), saved);
    core = await openTestCore(dataDir);
    expect(await notesShown()).toEqual([longNote(0)]);
  });
});
