import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDocuments } from '../src/core/testing/seedDocuments';
import { interrupt } from '../src/server/testing/launchBrowserMode';
import type { CardView, DocumentSummary, OpenedDocument, SnapshotSummary } from '../src/shared/contract';
import { glossClient } from './glossClient';
import type { Launch } from './scenario';

const resourcesDir = join(import.meta.dirname, '..', 'resources');

/** A document of the library as it was left: what every later start must show of it. */
export interface KeptDocument {
  id: string;
  title: string;
  /** Highlight id → note. */
  highlights: Map<string, string>;
  textVersion: number;
}

/** A library with three documents, highlights, a review, an edited text and snapshots, and what it holds; closed. */
export interface DamagedLibraryTemplate {
  dataDir: string;
  /** The interview (with flashcards and a review), "Notes on Minsk" and "Field report" (its text edited once). */
  documents: [KeptDocument, KeptDocument, KeptDocument];
  /** Snapshot ids, newest first. */
  snapshots: string[];
}

/** Paragraphs for the two added documents, long enough for highlights to stay put. */
function paragraphs(topic: string, count: number): string {
  return Array.from({ length: count }, (_, n) => `${topic}, part ${n + 1}: the delegates met at ten, read the draft aloud and agreed on item ${n + 1} after a short debate.`).join('\n\n');
}

/**
 * Builds the library the damage cases start from, through real Gloss
 * processes: highlights with notes in every document over two sessions
 * (each write its own, so every file has a previous generation), a review,
 * a second text version and a changed setting; each session ends with
 * Ctrl+C, which takes a snapshot.
 */
export async function buildDamagedLibraryTemplate(workDir: string, launch: Launch): Promise<DamagedLibraryTemplate> {
  const dataDir = join(workDir, 'template');
  await writeFile(join(workDir, 'minsk.txt'), paragraphs('Minsk summit', 12));
  await writeFile(join(workDir, 'field.txt'), paragraphs('Field report', 10));
  const added = await seedDocuments(dataDir, resourcesDir, [
    { path: join(workDir, 'minsk.txt'), title: 'Notes on Minsk' },
    { path: join(workDir, 'field.txt'), title: 'Field report' },
  ]);

  const highlight = (client: ReturnType<typeof glossClient>, documentId: string, textVersion: number, id: string, at: number, note: string) =>
    client.must('annotation:create', { documentId, textVersion, start: at, end: at + 12, color: 'c2', note, id });
  let gloss = await launch(dataDir);
  let client = glossClient(gloss.url);
  const { documents } = await client.must<{ documents: DocumentSummary[] }>('library:list', {});
  const interview = documents.find((doc) => !added.some((a) => a.id === doc.id))!;
  const [minsk, field] = added as [DocumentSummary, DocumentSummary];
  await client.must('cards:generate', { documentId: interview.id, taskId: 'template' });
  const [card] = (await client.must<{ cards: CardView[] }>('cards:list', { documentId: interview.id })).cards;
  if (card) await client.must('review:grade', { documentId: interview.id, cardId: card.id, rating: 3 });
  const fieldText = (await client.must<OpenedDocument>('document:open', { id: field.id })).text;
  await client.must('document:saveText', { id: field.id, baseVersion: 1, text: `${fieldText}\n\nAddendum: the report was revised once.`, anchors: [] });
  for (const [n, doc] of [interview, minsk, field].entries()) {
    const version = doc.id === field.id ? 2 : 1;
    await highlight(client, doc.id, version, `ann-${n}-one`, 0, 'first session, first note');
    await highlight(client, doc.id, version, `ann-${n}-two`, 40, 'first session, second note');
  }
  await client.must('settings:update', { theme: 'dark' });
  await interrupt(gloss.child);

  gloss = await launch(dataDir);
  client = glossClient(gloss.url);
  for (const [n, doc] of [interview, minsk, field].entries()) {
    await highlight(client, doc.id, doc.id === field.id ? 2 : 1, `ann-${n}-three`, 80, 'second session');
    await client.must('annotation:update', { documentId: doc.id, id: `ann-${n}-one`, note: 'first session, first note, edited' });
  }
  await interrupt(gloss.child);

  // What the library holds now, read back through Gloss; the reads themselves write (the last document opened).
  gloss = await launch(dataDir);
  client = glossClient(gloss.url);
  const kept = [] as KeptDocument[];
  for (const doc of [interview, minsk, field]) {
    const opened = await client.must<OpenedDocument>('document:open', { id: doc.id });
    kept.push({ id: doc.id, title: doc.title, highlights: new Map(opened.annotations.map((a) => [a.id, a.note])), textVersion: opened.summary.textVersion });
  }
  await interrupt(gloss.child);
  gloss = await launch(dataDir);
  const { snapshots } = await glossClient(gloss.url).must<{ snapshots: SnapshotSummary[] }>('backups:list', {});
  await interrupt(gloss.child);
  return { dataDir, documents: kept as [KeptDocument, KeptDocument, KeptDocument], snapshots: snapshots.map((s) => s.id) };
}
