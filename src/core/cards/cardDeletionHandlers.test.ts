import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openCore, type Core } from '../openCore';

const resourcesDir = join(import.meta.dirname, '..', '..', '..', 'resources');
let core: Core;
let documentId: string;

beforeEach(async () => {
  core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), 'gloss-card-delete-')), resourcesDir, version: 't' });
  const { documents } = (await core.call('library:list', {}));
  documentId = documents[0]!.id;
});
afterEach(() => core.close());

const list = async () => (await core.call('cards:list', { documentId })).cards;
const remove = (cardId: string) => core.call('card:delete', { documentId, cardId });

describe('deleting and restoring cards', () => {
  it('puts a deleted generated card back with its review history, and regenerating then keeps it', async () => {
    await core.call('cards:generate', { documentId, taskId: 't1' });
    const [card] = await list();
    await core.call('review:grade', { documentId, cardId: card!.id, rating: 3 });
    const { deleted } = await remove(card!.id);
    expect((await list()).some((c) => c.id === card!.id)).toBe(false);
    const restored = (await core.call('card:restore', { documentId, card: deleted }));
    expect(restored).toMatchObject({ id: card!.id, reps: 1, status: 'learning' });
    await core.call('cards:generate', { documentId, taskId: 't2' });
    expect((await list()).filter((c) => c.id === card!.id)).toHaveLength(1);
    // Two generations in a worker thread, each loading the language model: slow on a busy two-core machine.
  }, 20_000);

  it('puts back a card written by hand, and refuses to restore it twice or to restore nonsense', async () => {
    const made = (await core.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk' }));
    const { deleted } = await remove(made.id);
    expect(await list()).toEqual([]);
    await core.call('card:restore', { documentId, card: deleted });
    expect((await list()).map((c) => c.prompt)).toEqual(['Which city hosts the summit?']);
    await expect(core.call('card:restore', { documentId, card: deleted })).rejects.toMatchObject({ code: 'conflict' });
    await expect(core.call('card:restore', { documentId, card: { id: 'card-x', prompt: 42 } })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(core.call('card:restore', { documentId, card: { ...deleted, deleted: true } })).rejects.toMatchObject({ code: 'bad_input' });
  });
});
