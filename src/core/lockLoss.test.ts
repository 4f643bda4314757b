import { mkdtemp, readFile, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract, methodNames } from '../shared/contract';
import { LOCK_LOST_MESSAGE } from './callGate';
import { openCore, type Core } from './openCore';
import { spawnLockHolder, type LockHolder } from './storage/testing/spawnLockHolder';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');
let holder: LockHolder | null = null;

afterEach(async () => {
  holder?.child.kill('SIGKILL');
  await holder?.exited;
  holder = null;
});

/** Opens a core, then lets another process take its lock the way a stale-lock takeover does. */
async function coreWhoseLockWasTaken(onLockLost: (message: string) => void): Promise<{ core: Core; dataDir: string; documentId: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-lost-')), 'data');
  const core = await openCore({ dataDir, resourcesDir, version: 'test', onLockLost });
  const { documents } = (await core.call('library:list', {}));
  await core.call('annotation:create', { documentId: documents[0]!.id, textVersion: 1, start: 3, end: 12, color: 'c1' });
  await rmdir(join(dataDir, 'gloss.lock'));
  holder = await spawnLockHolder(dataDir);
  return { core, dataDir, documentId: documents[0]!.id };
}

describe('a core whose lock another Gloss took', () => {
  it('refuses every method that writes with a sentence that says what happened, tells the user and its door once, and still answers reads', async () => {
    const onLockLost = vi.fn();
    const { core, dataDir, documentId } = await coreWhoseLockWasTaken(onLockLost);
    const before = await readFile(join(dataDir, 'documents', `${documentId}.json`), 'utf8');

    await expect(core.call('annotation:create', { documentId, textVersion: 1, start: 20, end: 30, color: 'c2' })).rejects.toMatchObject({
      code: 'closing',
      message: LOCK_LOST_MESSAGE,
    });
    for (const name of methodNames.filter((method) => !contract[method].readOnly)) {
      await expect(core.call(name, {}), name).rejects.toMatchObject({ code: 'closing', message: LOCK_LOST_MESSAGE });
    }
    expect(LOCK_LOST_MESSAGE).toMatch(/^Another Gloss took over this library .* Nothing you saved before is lost\. Close it and reopen Gloss\.$/);
    expect(onLockLost).toHaveBeenCalledTimes(1);
    expect(onLockLost).toHaveBeenCalledWith(LOCK_LOST_MESSAGE);

    const status = (await core.call('app:status', {}));
    expect(status.notices).toContainEqual(expect.objectContaining({ level: 'error', message: LOCK_LOST_MESSAGE }));
    expect(((await core.call('library:list', {})) as { documents: unknown[] }).documents).toHaveLength(1);

    await core.close();
    expect(await readFile(join(dataDir, 'documents', `${documentId}.json`), 'utf8')).toBe(before);
    // Closing left the other Gloss's lock and owner record alone.
    expect(JSON.parse(await readFile(join(dataDir, 'gloss.lock.owner.json'), 'utf8')).pid).toBe(holder!.child.pid);
    await expect(openCore({ dataDir, resourcesDir, version: 'test' })).rejects.toThrow(/Another Gloss is already using/);
  });

  it('pushes the notice itself with the event, so a window can show it after its Gloss has gone', async () => {
    const { core } = await coreWhoseLockWasTaken(() => undefined);
    const pushed: unknown[] = [];
    core.events.on('app:notice', (payload) => pushed.push(payload));
    await core.call('settings:update', { theme: 'dark' }).catch(() => undefined);
    expect(pushed).toEqual([expect.objectContaining({ level: 'error', message: LOCK_LOST_MESSAGE })]);
    await core.close();
  });
});

describe('closing a core', () => {
  it('lets a call under way finish and be written, and refuses calls that come after with "Gloss is closing"', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-closing-')), 'data');
    const core = await openCore({ dataDir, resourcesDir, version: 'test' });
    const { documents } = (await core.call('library:list', {}));
    const documentId = documents[0]!.id;
    const created = core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c1', id: 'ann-under-way' });
    const closed = core.close();
    await expect(core.call('annotation:create', { documentId, textVersion: 1, start: 20, end: 30, color: 'c1', id: 'ann-too-late' })).rejects.toMatchObject({
      code: 'closing',
      message: expect.stringMatching(/^Gloss is closing/),
    });
    await expect(created).resolves.toMatchObject({ id: 'ann-under-way' });
    await closed;
    const stored = JSON.parse(await readFile(join(dataDir, 'documents', `${documentId}.json`), 'utf8')) as { annotations: { id: string }[] };
    expect(stored.annotations.map((annotation) => annotation.id)).toEqual(['ann-under-way']);
  });
});
