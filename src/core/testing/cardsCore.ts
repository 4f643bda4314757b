import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MethodResult } from '../../shared/contract';
import { openCore, type Core } from '../openCore';
import { TEST_RESOURCES_DIR } from './freshCore';

/** A core for card tests, on the interview a first launch adds, with its clock standing still. */
export interface CardsCore {
  core: Core;
  documentId: string;
  /** The interview's text. */
  text: string;
  /** What the core takes for now: 2026-11-28 10:00 UTC, so that "today" and due dates do not depend on when tests run. */
  clock: Date;
  /** The interview's cards, filtered as cards:list filters them. */
  list: (filter?: Record<string, unknown>) => Promise<MethodResult<'cards:list'>['cards']>;
  /** The review queue of the whole library. */
  queue: () => Promise<MethodResult<'review:queue'>>;
}

/** Opens a core on a new data directory after its first launch, for one card test. */
export async function openCardsCore(): Promise<CardsCore> {
  const clock = new Date('2026-11-28T10:00:00.000Z');
  const core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), 'gloss-cards-')), resourcesDir: TEST_RESOURCES_DIR, version: 't', now: () => clock });
  const { documents } = await core.call('library:list', {});
  const documentId = documents[0]!.id;
  const text = (await core.call('document:open', { id: documentId })).text;
  const list = async (filter: Record<string, unknown> = {}) => (await core.call('cards:list', { documentId, ...filter })).cards;
  const queue = async () => await core.call('review:queue', {});
  return { core, documentId, text, clock, list, queue };
}
