import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { AppStatus, DocumentSummary, OpenedDocument, Settings, SnapshotSummary } from '../src/shared/contract';
import type { DamageCase } from './damageCases';
import type { DamagedLibraryTemplate, KeptDocument } from './damagedLibrary';
import type { glossClient } from './glossClient';

type Client = ReturnType<typeof glossClient>;

/** Where a case stands while it is checked. */
export interface CaseRun {
  client: Client;
  dataDir: string;
  template: DamagedLibraryTemplate;
  damageCase: DamageCase;
  /** The damaged bytes, which must still exist somewhere (null: nothing to keep). */
  damaged: Buffer | null;
}

/** "ann-1 = note; …" for a problem sentence. */
function describe(highlights: Map<string, string>): string {
  return [...highlights].map(([id, note]) => `${id} = "${note}"`).join('; ') || 'none';
}

function sameHighlights(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, note]) => b.get(id) === note);
}

/** A document opens with exactly these highlights (and its text version); else the problem. */
export async function opensWith(client: Client, doc: KeptDocument, expected: Map<string, string>): Promise<string | null> {
  const answer = await client.call('document:open', { id: doc.id });
  if (!answer.outcome?.ok) return `"${doc.title}" cannot be opened (${answer.status}): ${answer.outcome && !answer.outcome.ok ? answer.outcome.error.message : 'no answer'}`;
  const opened = answer.outcome.result as OpenedDocument;
  const found = new Map(opened.annotations.map((a) => [a.id, a.note]));
  if (!sameHighlights(found, expected)) return `"${doc.title}" opens with highlights ${describe(found)}, not ${describe(expected)}`;
  if (opened.summary.textVersion !== doc.textVersion) return `"${doc.title}" opens at text version ${opened.summary.textVersion}, not ${doc.textVersion}`;
  return null;
}

/** Every document the damage does not concern opens exactly as it was left. */
export async function othersUntouched({ client, template, damageCase }: CaseRun): Promise<string[]> {
  const problems: string[] = [];
  for (const doc of template.documents.filter((d) => d.id !== damageCase.documentId)) {
    const problem = await opensWith(client, doc, doc.highlights);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The damaged bytes are still on disk: in the file itself, or in a copy set aside beside it (`<name>.damaged-<time>`). */
export async function damagedBytesKept({ dataDir, damageCase, damaged }: CaseRun, path: string): Promise<string | null> {
  if (damaged === null) return null;
  const absolute = join(dataDir, path);
  const candidates = [absolute, ...(await readdir(dirname(absolute))).filter((name) => name.startsWith(`${basename(absolute)}.damaged-`)).map((name) => join(dirname(absolute), name))];
  for (const candidate of candidates) {
    if ((await readFile(candidate).catch(() => null))?.equals(damaged)) return null;
  }
  return `the damaged ${damageCase.file} was not kept: neither it nor a copy set aside beside it holds the damaged bytes`;
}

/** A notice that names `names` and says something was restored. */
export async function restoreNotice(client: Client, names: string): Promise<string | null> {
  const { notices } = await client.must<AppStatus>('app:status', {});
  if (notices.some((notice) => notice.message.includes(names) && /restored/.test(notice.message))) return null;
  return `no notice names ${names} as restored; the notices say: ${notices.map((n) => `"${n.message}"`).join(' ') || 'nothing'}`;
}

/** The document's library entry shows `problem`, and no other entry shows one. */
export async function onlyThisBroken(client: Client, documentId: string, problem: RegExp): Promise<string[]> {
  const { documents } = await client.must<{ documents: DocumentSummary[] }>('library:list', {});
  const problems: string[] = [];
  for (const doc of documents) {
    if (doc.id === documentId && !problem.test(doc.problem ?? '')) problems.push(`the library shows "${doc.title}" with the problem "${doc.problem ?? '(none)'}", not ${problem}`);
    if (doc.id !== documentId && doc.problem) problems.push(`the library shows "${doc.title}" as broken too: ${doc.problem}`);
  }
  return problems;
}

/** Settings live in library.json: what the template set must have come back with it. */
export async function settingsKept(client: Client): Promise<string | null> {
  const settings = await client.must<Settings>('settings:get', {});
  return settings.theme === 'dark' ? null : `the theme set before the damage is "${settings.theme}", not "dark"`;
}

/** A damaged snapshot is not offered, or its restore is refused and changes nothing. */
export async function snapshotPassedOver(run: CaseRun, snapshotId: string): Promise<string[]> {
  const { snapshots } = await run.client.must<{ snapshots: SnapshotSummary[] }>('backups:list', {});
  if (!snapshots.some((s) => s.id === snapshotId)) return [];
  const answer = await run.client.call('backups:restore', { id: snapshotId });
  if (answer.status === 200) return [`the damaged snapshot ${snapshotId} was restored`];
  const refusal = answer.outcome && !answer.outcome.ok ? answer.outcome.error : null;
  const problems = refusal?.code === 'bad_input' && /cannot be restored/.test(refusal.message) ? [] : [`restoring the damaged snapshot answered ${answer.status}: ${JSON.stringify(answer.outcome)}`];
  return [...problems, ...(await othersUntouched({ ...run, damageCase: { ...run.damageCase, documentId: null } }))];
}

/** Whether two paths are the same file on disk (hard links of one another). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a), stat(b)]);
  return x.ino === y.ino && x.dev === y.dev;
}
