import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interrupt } from '../src/server/testing/launchBrowserMode';
import type { AnnotationView, DocumentSummary, OpenedDocument } from '../src/shared/contract';
import { glossClient } from './glossClient';
import { launchWithRetry } from './glossProcess';
import type { ScenarioResult, StressContext } from './scenario';
import { unreadableFiles } from './unreadableFiles';

/** Room left on the small disk before the writes start: a few of the notes below fit, then it is full. */
const ROOM_LEFT = 160 * 1024;
/** A long note per highlight, each its own (long notes are stored once per content, so equal ones would not fill the disk). */
const noteFor = (id: string): string => `${id} ${'x'.repeat(24 * 1024)}`;

/** A small tmpfs of our own, or the reason there is none (not root, no mount). */
function mountSmallDisk(dir: string): string | null {
  if (process.getuid?.() !== 0) return 'needs root to mount a tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir], { stdio: 'ignore' });
    return null;
  } catch {
    return 'mounting a tmpfs was refused here';
  }
}

/**
 * Gloss on a disk that fills up: highlights with notes are added until the
 * disk is full. Every refusal must say the disk is full (never a 409 or a
 * bare 500), a retry while full must fail the same way, a retry after room
 * is made must succeed, and after a restart every acknowledged highlight is
 * there and every file is readable.
 */
export async function fullDisk({ launch }: StressContext): Promise<ScenarioResult> {
  const mountPoint = await mkdtemp(join(tmpdir(), 'gloss-small-disk-'));
  const refused = mountSmallDisk(mountPoint);
  if (refused) {
    await rm(mountPoint, { recursive: true, force: true });
    return { skipped: refused };
  }
  const problems: string[] = [];
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  try {
    let server = await launchWithRetry(launch, dataDir);
    let client = glossClient(server.url);
    const documentId = (await client.must<{ documents: DocumentSummary[] }>('library:list', {})).documents[0]!.id;
    const { bavail, bsize } = await statfs(mountPoint);
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - ROOM_LEFT)));
    const acked: string[] = [];
    let firstRefused: string | null = null;
    for (let n = 0; n < 40 && !firstRefused; n++) {
      const id = `ann-full-${n}`;
      const answer = await client.call('annotation:create', { documentId, textVersion: 1, start: n, end: n + 5, color: 'c2', note: noteFor(id), id });
      if (answer.status === 200) acked.push(id);
      else {
        firstRefused = id;
        const message = answer.outcome && !answer.outcome.ok ? answer.outcome.error.message : `status ${answer.status}`;
        if (answer.status !== 507 || !/disk is full/i.test(message)) problems.push(`a write on a full disk said "${message}" (${answer.status}), not 507 "the disk is full"`);
      }
    }
    if (!firstRefused) problems.push('the disk never filled up');
    else {
      const again = await client.call('annotation:create', { documentId, textVersion: 1, start: 1, end: 6, color: 'c2', note: noteFor(firstRefused), id: firstRefused });
      if (again.status === 200 || again.status === 409) problems.push(`a retry while the disk was still full answered ${again.status}`);
      await rm(filler);
      const afterRoom = await client.call('annotation:create', { documentId, textVersion: 1, start: 1, end: 6, color: 'c2', note: noteFor(firstRefused), id: firstRefused });
      if (afterRoom.status === 200) acked.push(firstRefused);
      else problems.push(`a retry after room was made answered ${afterRoom.status}: ${JSON.stringify(afterRoom.outcome)}`);
    }
    await interrupt(server.child);
    server = await launchWithRetry(launch, dataDir);
    client = glossClient(server.url);
    const opened = await client.must<OpenedDocument>('document:open', { id: documentId });
    const present = new Set(opened.annotations.map((a: AnnotationView) => a.id));
    for (const id of acked) if (!present.has(id)) problems.push(`highlight ${id} was acknowledged but is gone`);
    problems.push(...(await unreadableFiles(dataDir)).map((path) => `unreadable file ${path}`));
    await interrupt(server.child);
    return { problems, summary: `${acked.length} highlights acknowledged on a 4 MB disk that filled up after ${acked.length - 1}` };
  } finally {
    execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    await rm(mountPoint, { recursive: true, force: true });
  }
}
