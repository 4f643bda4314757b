import { go } from 'fuzzysort';
import { ACTION_GROUPS, actionLabel, formatChord, type Action, type ActionContext } from '../../shared/actions';
import type { DocumentSummary } from '../../shared/contract';
import { parseGlossLink } from '../../shared/export/glossLink';

/** One choice of the palette: an action that applies now, or a document to open. */
export interface PaletteItem {
  /** Unique among the items; also the option's element id, after a prefix. */
  key: string;
  kind: 'action' | 'document' | 'link';
  label: string;
  /** Its group ('Highlights'), or 'Document'. */
  detail: string;
  /** Keys as people read them. */
  keys: string[];
  /** More words it is found by. */
  keywords: string;
  /** The action's id, the document's, or the gloss:// link. */
  target: string;
}

/** An item found by a search, with the positions of the label's characters that matched (for drawing them). */
export interface PaletteMatch {
  item: PaletteItem;
  matched: readonly number[];
}

const GROUP_TITLES = new Map(ACTION_GROUPS.map((group) => [group.id, group.title]));

/** The actions that apply in a context (native keys are not commands), then the library's documents, the most recently opened first. */
export function paletteItems(actions: readonly Action[], context: ActionContext, documents: readonly DocumentSummary[], recent: readonly string[], mac = false): PaletteItem[] {
  const commands = actions
    .filter((action) => !action.native && action.when(context))
    .map((action): PaletteItem => ({
      key: `action-${action.id}`,
      kind: 'action',
      label: actionLabel(action, context),
      detail: GROUP_TITLES.get(action.group) ?? '',
      keys: action.keys.map((chord) => formatChord(chord, mac)),
      keywords: `${action.keywords ?? ''} ${action.title}`,
      target: action.id,
    }));
  const rank = (id: string): number => (recent.includes(id) ? recent.indexOf(id) : recent.length);
  const openable = documents.filter((doc) => !doc.problem).sort((a, b) => rank(a.id) - rank(b.id));
  const docs = openable.map((doc): PaletteItem => ({ key: `document-${doc.id}`, kind: 'document', label: doc.title, detail: 'Document', keys: [], keywords: `open ${doc.source}`, target: doc.id }));
  return [...commands, ...docs];
}

/**
 * The items a query finds, best first (fuzzysort: the characters of the
 * query in order, consecutive runs and word starts scoring higher); the
 * words of a query may match in the label or in the other words. An empty
 * query lists every item, in its order.
 */
export function matchPalette(query: string, items: readonly PaletteItem[]): PaletteMatch[] {
  const wanted = query.trim();
  if (!wanted) return items.map((item) => ({ item, matched: [] }));
  // A gloss:// link pasted in (from exported notes): where a browser cannot be handed one, this is how it is followed.
  if (parseGlossLink(wanted)) {
    return [{ item: { key: 'link', kind: 'link', label: 'Open the linked passage', detail: 'gloss:// link', keys: [], keywords: '', target: wanted }, matched: [] }];
  }
  const results = go(wanted, items, { keys: ['label', 'keywords'], threshold: 0.3, limit: 50 });
  return results.map((result) => ({ item: result.obj, matched: result[0]?.indexes ?? [] }));
}
