import { GlossError, TRASH_DAYS, type DocumentSummary } from '../../shared/contract';
import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Trash: a trashed document keeps all its files, highlights and cards,
 * and only its `trashedAt` mark changes (in its own file, the source of
 * truth, and in the library's list). Removing it for good deletes its files;
 * the snapshots taken before still hold them.
 */
export function trashHandlers(ctx: CoreContext): Handlers<'document:trash' | 'document:restore' | 'trash:empty'> {
  return {
    'document:trash': async ({ id }) => {
      const summary = listed(ctx, id);
      if (summary.trashedAt) return summary;
      return setTrashed(ctx, id, ctx.now().toISOString());
    },
    'document:restore': async ({ id }) => {
      const summary = listed(ctx, id);
      if (!summary.trashedAt) return summary;
      return setTrashed(ctx, id, undefined);
    },
    'trash:empty': async ({ id }) => {
      if (id && !listed(ctx, id).trashedAt) throw new GlossError('conflict', 'Only a document in the Trash can be removed for good. Move it to the Trash first.');
      const ids = id ? [id] : ctx.library.documents.filter((doc) => doc.trashedAt).map((doc) => doc.id);
      return { removed: await removeForGood(ctx, ids) };
    },
  };
}

function listed(ctx: CoreContext, id: string): DocumentSummary {
  const summary = ctx.library.summaryOf(id);
  if (!summary) throw new GlossError('not_found', `There is no document with id ${id}.`);
  return summary;
}

/** Marks a document trashed (or not) in its file, then in the library; a failed library write puts the file back. */
async function setTrashed(ctx: CoreContext, id: string, trashedAt: string | undefined): Promise<DocumentSummary> {
  const mark = (target: { trashedAt?: string }, value: string | undefined): void => {
    if (value) target.trashedAt = value;
    else delete target.trashedAt;
  };
  const before = (await ctx.documents.get(id)).trashedAt;
  await ctx.documents.update(id, (doc) => mark(doc, trashedAt));
  try {
    const updated = await ctx.library.update((data) => {
      const entry = data.documents.find((doc) => doc.id === id)!;
      mark(entry, trashedAt);
      if (trashedAt && data.settings.lastDocumentId === id) data.settings.lastDocumentId = null;
      return { ...entry };
    });
    ctx.events.emit('library:changed', {});
    return updated;
  } catch (error) {
    await ctx.documents.update(id, (doc) => mark(doc, before)).catch(() => undefined);
    throw error;
  }
}

/** Takes documents off the list, then deletes their files; returns how many went. */
export async function removeForGood(ctx: CoreContext, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const gone = new Set(ids);
  await ctx.library.update((data) => {
    data.documents = data.documents.filter((doc) => !gone.has(doc.id));
    if (data.settings.lastDocumentId && gone.has(data.settings.lastDocumentId)) data.settings.lastDocumentId = null;
  });
  // Off the list first: a crash now leaves files no entry names, which the next start tidies, never an entry without files.
  for (const id of ids) await ctx.documents.discard(id);
  ctx.events.emit('library:changed', {});
  return ids.length;
}

/** Removes documents that have been in the Trash longer than TRASH_DAYS days; returns how many. */
export async function emptyExpiredTrash(ctx: CoreContext): Promise<number> {
  const cutoff = ctx.now().getTime() - TRASH_DAYS * DAY_MS;
  const expired = ctx.library.documents.filter((doc) => doc.trashedAt && new Date(doc.trashedAt).getTime() < cutoff).map((doc) => doc.id);
  return removeForGood(ctx, expired);
}
