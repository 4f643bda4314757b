import type { TagChange } from '../../shared/contract';
import { isTagWithin } from '../../shared/tags/tagName';
import { descendantCount, type TagNode } from '../../shared/tags/tagTree';
import { formatCount } from '../format';

/** What the codebook says about a tag change, before it asks and after it is done: each sentence in one place. */

/** "12 highlights and 3 cards", "1 highlight", "2 cards"; null when there are none. */
export function itemsInWords(highlights: number, cards: number): string | null {
  const parts = [highlights > 0 ? formatCount(highlights, 'highlight') : null, cards > 0 ? formatCount(cards, 'card') : null].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' and ') : null;
}

/** " The 2 tags under “war” move with it." — empty for a tag without children. */
function childrenMove(node: TagNode, where: string): string {
  const count = descendantCount(node);
  if (count === 0) return '';
  return count === 1 ? ` The tag under “${node.name}” moves ${where}.` : ` The ${count} tags under “${node.name}” move ${where}.`;
}

/** A question with a title, a sentence and the answer that goes ahead. */
export interface TagQuestion {
  title: string;
  message: string;
  confirm: string;
}

/** Asked before a rename onto an existing tag (a merge): "“war” exists: merge 12 highlights into it?" */
export function mergeQuestion(from: TagNode, into: TagNode): TagQuestion {
  const title = `Merge into “${into.name}”?`;
  // Its own child cannot take it: the core says so, in its words, when asked; nothing is promised here.
  if (isTagWithin(into.name, from.name)) return { title, message: `Merge “${from.name}” into “${into.name}”?`, confirm: 'Merge' };
  const items = itemsInWords(from.total.highlights, from.total.cards);
  const what = items ? `${items} of “${from.name}”` : `“${from.name}”`;
  return {
    title,
    message: `“${into.name}” exists: merge ${what} into it?${childrenMove(from, `under “${into.name}”`)} Undo puts everything back.`,
    confirm: 'Merge',
  };
}

/** Asked before a delete: how many highlights and cards lose the tag, and its children with it. */
export function deleteQuestion(node: TagNode): TagQuestion {
  const items = itemsInWords(node.total.highlights, node.total.cards);
  const children = descendantCount(node);
  const under = children === 0 ? '' : children === 1 ? ' with the tag under it' : ` with the ${children} tags under it`;
  const one = node.total.highlights + node.total.cards === 1;
  const lose = items
    ? `${items} ${one ? 'loses' : 'lose'} “${node.name}”${under}; ${one ? 'it is' : 'they are'} kept, only the tag goes.`
    : `No highlight or card carries “${node.name}”${children > 0 ? ' or a tag under it' : ''}.`;
  return { title: `Delete the tag “${node.name}”?`, message: `${lose} Undo brings it back.`, confirm: 'Delete tag' };
}

/** Said once a rename or merge is done: "Merged “war” into “conflict”: 12 highlights, 3 cards". */
export function renamedMessage(from: string, to: string, merged: boolean, change: Pick<TagChange, 'highlights' | 'cards'>): string {
  const items = itemsInWords(change.highlights, change.cards);
  const done = merged ? `Merged “${from}” into “${to}”` : `Renamed “${from}” to “${to}”`;
  return items ? `${done} on ${items}` : done;
}

/** Said once a delete is done: "Deleted “war” from 12 highlights and 3 cards". */
export function deletedMessage(name: string, change: Pick<TagChange, 'highlights' | 'cards'>): string {
  const items = itemsInWords(change.highlights, change.cards);
  return items ? `Deleted “${name}” from ${items}` : `Deleted “${name}”`;
}

/** Said once a change is undone: "“war” is back". */
export function restoredMessage(name: string): string {
  return `“${name}” is back as it was`;
}

/** Why a change could not reach every document (one could not be opened): added to the message when it happens. */
export function skippedNote(change: Pick<TagChange, 'skipped'>): string {
  const skipped = change.skipped ?? [];
  if (skipped.length === 0) return '';
  return ` (${formatCount(skipped.length, 'document')} could not be opened and kept ${skipped.length === 1 ? 'its' : 'their'} tags: ${skipped.map((doc) => `“${doc.title}”`).join(', ')})`;
}
