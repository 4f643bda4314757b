import { NO_HIGHLIGHT_FILTER, type DocumentSummary, type EventName, type Notice, type OpenedDocument, type Settings } from '../../shared/contract';
import type { GlossApi } from '../api/glossApi';
import { testSummary } from './documentSummary';
import { DEFAULT_CATEGORIES } from '../../shared/defaultCategories';

/** A document's library entry for store tests, read up to its second paragraph. */
export const summaryWithPosition = (id: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => testSummary(id, { readingPosition: { paragraph: 1 }, ...extra });

const SETTINGS: Settings = {
  theme: 'system',
  lastDocumentId: 'b',
  categories: structuredClone(DEFAULT_CATEGORIES),
  currentColor: 'c1',
  desiredRetention: 0.9,
  newCardsPerDay: 20,
  highlightFilter: NO_HIGHLIGHT_FILTER,
};

/** A fake core: a library of documents, calls recorded, failures on demand, events pushed by hand. */
export function fakeGlossApi(documents: DocumentSummary[], failing: string[] = []) {
  const calls: string[] = [];
  const listeners = new Map<EventName, (payload: unknown) => void>();
  let settings = { ...SETTINGS };
  const answer = async <T,>(method: string, value: () => T): Promise<T> => {
    calls.push(method);
    if (failing.includes(method)) throw new Error(`${method}: Gloss is closing`);
    return value();
  };
  const api = {
    'app:status': () => answer('app:status', () => ({ notices: [] as Notice[] })),
    'settings:get': () => answer('settings:get', () => settings),
    'settings:update': (patch: Partial<Settings>) => answer('settings:update', () => (settings = { ...settings, ...patch })),
    'library:list': () => answer('library:list', () => ({ documents })),
    'document:open': ({ id }: { id: string }) => answer(`document:open ${id}`, (): OpenedDocument => ({ summary: documents.find((d) => d.id === id)!, text: 'Text.', annotations: [], structure: { blocks: [] } })),
    'document:setReadingPosition': () => answer('document:setReadingPosition', () => ({ ok: true })),
    'category:rename': ({ id, name }: { id: string; name: string }) =>
      answer('category:rename', () => ({ categories: (settings = { ...settings, categories: settings.categories.map((c) => (c.id === id ? { ...c, name } : c)) }).categories })),
    'app:dismissNotice': () => answer('app:dismissNotice', () => ({ ok: true })),
    on: (event: EventName, listener: (payload: unknown) => void) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { api: api as unknown as GlossApi, calls, push: (event: EventName, payload: unknown) => listeners.get(event)?.(payload), listeners };
}
