import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { interrupt } from '../src/server/testing/launchBrowserMode';
import type { OpenedDocument } from '../src/shared/contract';
import { damageCases, highlightsInFile, type DamageCase, type Expectation } from './damageCases';
import { damagedBytesKept, onlyThisBroken, opensWith, othersUntouched, restoreNotice, sameFile, settingsKept, snapshotPassedOver, type CaseRun } from './damageChecks';
import { buildDamagedLibraryTemplate, type DamagedLibraryTemplate } from './damagedLibrary';
import { glossClient } from './glossClient';
import { startOrRefusal } from './glossProcess';
import type { Launch, ScenarioResult, StressContext } from './scenario';
import { unreadableFiles } from './unreadableFiles';

/** Cases checked at once: each starts its own Gloss on its own copy. */
const AT_ONCE = 2;

interface CaseResult {
  problems: string[];
  /** A known gap, described, when the case is one. */
  gap: string | null;
}

/**
 * Every kind of file Gloss keeps, damaged every way that applies while Gloss
 * is closed (see damageCases.ts), each in its own copy of one library; then a
 * real Gloss is started on it and checked through its API: it starts (or
 * refuses with the specific message, for a library or notices file from a
 * newer Gloss), the other documents open with all their highlights, the
 * damaged bytes are kept, the newest good copy is restored with a notice
 * that names it, a newer document file breaks that document only, and every
 * JSON file outside the snapshots parses afterwards.
 */
export async function damagedFiles(workDir: string, { launch }: StressContext): Promise<ScenarioResult> {
  const template = await buildDamagedLibraryTemplate(workDir, launch);
  const cases = damageCases(template);
  const results: CaseResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const n = next++;
      results[n] = await runCase(cases[n]!, join(workDir, `case-${n}`), template, launch).catch((error: unknown) => ({ problems: [`stopped the check: ${String(error)}`], gap: null }));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));

  const problems = results.flatMap((result, n) => result.problems.map((p) => `${cases[n]!.file}, ${cases[n]!.damage}: ${p}`));
  const gaps = results.flatMap((result, n) => (result.gap ? [`${cases[n]!.file}, ${cases[n]!.damage}: ${result.gap}`] : []));
  const count = (kind: Expectation['kind']) => cases.filter((c) => c.expect.kind === kind).length;
  return {
    problems,
    gaps,
    summary:
      `${cases.length} damaged files: ${count('restored')} restored from the newest good copy, ${count('refused to start')} newer ones refused at start, ` +
      `${count('document broken')} breaking only their document, ${count('started afresh')} notices started afresh, ${count('passed over')} snapshot files passed over, ` +
      `${count('no effect')} lock records of no effect, ${count('known gap')} known gaps`,
  };
}

async function runCase(damageCase: DamageCase, caseDir: string, template: DamagedLibraryTemplate, launch: Launch): Promise<CaseResult> {
  await mkdir(caseDir, { recursive: true });
  const dataDir = join(caseDir, 'data');
  // -a keeps hard links: the snapshots' texts stay links of the library's own, as Gloss made them.
  await promisify(execFile)('cp', ['-a', template.dataDir, dataDir]);
  const damaged = await damageCase.apply(dataDir);
  const { expect } = damageCase;
  const outcome = await startOrRefusal(launch, dataDir);
  if (!('started' in outcome)) {
    if (expect.kind !== 'refused to start') return { problems: [`Gloss did not start: ${outcome.refused}`], gap: null };
    const problems = expect.message.test(outcome.refused) ? [] : [`Gloss refused to start without saying the file is from a newer version: ${outcome.refused}`];
    if (!(await readFile(join(dataDir, damageCase.path))).equals(damaged!)) problems.push('the newer file was changed');
    return { problems, gap: null };
  }
  if (expect.kind === 'refused to start') {
    await interrupt(outcome.started.child);
    return { problems: ['Gloss started on a file from a newer version'], gap: null };
  }
  const run: CaseRun = { client: glossClient(outcome.started.url), dataDir, template, damageCase, damaged };
  const problems = await checkExpectation(run, expect);
  const gap = expect.kind === 'known gap' ? await describeGap(run, problems) : null;
  problems.push(...(await othersUntouched(run)));
  const backups = join(dataDir, 'backups') + sep;
  problems.push(...(await unreadableFiles(dataDir, (path) => path.startsWith(backups))).map((path) => `unreadable file ${path.slice(dataDir.length + 1)}`));
  const code = await interrupt(outcome.started.child);
  if (code !== 0) problems.push(`Gloss exited with ${code} on Ctrl+C`);
  return { problems, gap };
}

/** The checks of what Gloss must do about this case's damage. */
async function checkExpectation(run: CaseRun, expect: Expectation): Promise<string[]> {
  const { client, damageCase, template } = run;
  const doc = template.documents.find((d) => d.id === damageCase.documentId);
  const found: (string | null)[] = [];
  switch (expect.kind) {
    case 'restored':
      // A document file is opened, and so restored, on first use.
      if (doc) found.push(await opensWith(client, doc, expect.highlightsFrom ? await expect.highlightsFrom(run.dataDir) : doc.highlights));
      found.push(await damagedBytesKept(run, damageCase.path), await restoreNotice(client, expect.names));
      if (damageCase.path === 'library.json') found.push(await settingsKept(client));
      break;
    case 'document broken': {
      const answer = await client.call('document:open', { id: doc!.id });
      if (answer.status === 200) found.push(`"${doc!.title}" opened`);
      found.push(...(await onlyThisBroken(client, doc!.id, expect.problem)));
      if (expect.untouched && !(await readFile(join(run.dataDir, damageCase.path))).equals(run.damaged!)) found.push('its file was changed');
      break;
    }
    case 'started afresh': {
      found.push(await damagedBytesKept(run, damageCase.path));
      const { notices } = await client.must<{ notices: { message: string }[] }>('app:status', {});
      if (expect.notice && !notices.some((notice) => expect.notice!.test(notice.message))) found.push(`no notice says so; the notices say: ${notices.map((n) => `"${n.message}"`).join(' ') || 'nothing'}`);
      break;
    }
    case 'passed over':
      found.push(await damagedBytesKept(run, damageCase.path), ...(await snapshotPassedOver(run, expect.snapshotId)));
      break;
    case 'no effect':
    case 'known gap':
      break;
  }
  return found.filter((problem): problem is string => problem !== null);
}

/**
 * A damaged text Gloss cannot see: what the user gets instead. The document
 * still opens and its highlights must still be stored as they were (an
 * orphaned highlight keeps its note); the rest is the gap, in words.
 */
async function describeGap(run: CaseRun, problems: string[]): Promise<string> {
  const { client, dataDir, damageCase, template } = run;
  const doc = template.documents.find((d) => d.id === damageCase.documentId)!;
  const answer = await client.call('document:open', { id: doc.id });
  const documentPath = join(dataDir, 'documents', `${doc.id}.json`);
  const stored = await highlightsInFile(documentPath);
  const { textVersions } = JSON.parse(await readFile(documentPath, 'utf8')) as { textVersions: { charCount: number }[] };
  if ([...doc.highlights].some(([id, note]) => stored.get(id) !== note)) problems.push(`the highlights stored for "${doc.title}" changed after its text was damaged`);
  const newestCopy = join(dataDir, 'backups', template.snapshots[0]!, damageCase.path);
  const linked = await sameFile(join(dataDir, damageCase.path), newestCopy).catch(() => false);
  const shown = answer.outcome?.ok ? (answer.outcome.result as OpenedDocument) : null;
  const what = shown
    ? `"${doc.title}" opens with the damaged text (${shown.text.length} characters of the ${textVersions.at(-1)?.charCount} saved) and ${shown.annotations.filter((a) => !a.anchor).length} of ${shown.annotations.length} highlights orphaned`
    : `"${doc.title}" cannot be opened (${answer.status})`;
  return `not detected, no notice; ${what}; ${linked ? 'every snapshot holds the same file (a hard link), so no intact copy is left' : 'the snapshots hold an intact copy'}`;
}
