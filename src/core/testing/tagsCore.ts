import type { MethodResult } from '../../shared/contract';
import type { Core } from '../openCore';
import { openFreshCore } from './freshCore';

/** A core for tag tests: a new data directory after its first launch, with the interview's id and text. */
export async function openTagsCore(): Promise<{ core: Core; dataDir: string; id: string; text: string }> {
  const { core, dataDir, documentId: id } = await openFreshCore('tags');
  const text = (await core.call('document:open', { id })).text;
  return { core, dataDir, id, text };
}

/** Highlights the n-th paragraph's first 20 characters with the given tags. */
export async function highlightParagraph(core: Core, id: string, text: string, paragraph: number, tags: string[]): Promise<MethodResult<'annotation:update'>> {
  const start = text.split('\n\n').slice(0, paragraph).join('\n\n').length + (paragraph > 0 ? 2 : 0);
  const view = await core.call('annotation:create', { documentId: id, textVersion: 1, start, end: start + 20, color: 'c1' });
  return core.call('annotation:update', { documentId: id, id: view.id, tags });
}

/** The tags of each of the document's highlights, in the document's order. */
export async function tagsOfHighlights(core: Core, id: string): Promise<string[][]> {
  return (await core.call('document:open', { id })).annotations.map((a) => a.tags);
}
