import { useCallback, useEffect, useState } from 'react';
import type { CategoryId, DocumentSummary, Notice, OpenedDocument, ReadingPosition, Settings } from '../../shared/contract';
import { api } from '../api/glossApi';
import { markTextReady } from '../reader/openTimings';

export interface LibraryState {
  loading: boolean;
  error: string | null;
  documents: DocumentSummary[];
  settings: Settings | null;
  notices: Notice[];
  current: OpenedDocument | null;
  /** Paragraph at the top of the reader, as last reported. */
  paragraph: number;
  /** Counts opens, so reopening the same document gives a fresh reader. */
  openCount: number;
}

/** Loads the library and the last document, and keeps them in step with the core. */
export function useLibrary() {
  const [state, setState] = useState<LibraryState>({
    loading: true,
    error: null,
    documents: [],
    settings: null,
    notices: [],
    current: null,
    paragraph: 0,
    openCount: 0,
  });
  const fail = (error: unknown): void => setState((s) => ({ ...s, loading: false, error: (error as Error).message }));

  const openDocument = useCallback(async (id: string) => {
    try {
      const opened = await api['document:open']({ id });
      markTextReady(opened.summary.id);
      setState((s) => ({ ...s, loading: false, error: null, current: opened, paragraph: opened.summary.readingPosition?.paragraph ?? 0, openCount: s.openCount + 1 }));
    } catch (error) {
      fail(error);
    }
  }, []);

  const refreshNotices = useCallback(async () => {
    const status = await api['app:status']({});
    setState((s) => ({ ...s, notices: status.notices }));
  }, []);

  /** Reads the library afresh and opens the last document read (at start, and after a restore from a backup). */
  const loadLibrary = useCallback(async () => {
    try {
      const [status, settings, { documents }] = await Promise.all([api['app:status']({}), api['settings:get']({}), api['library:list']({})]);
      setState((s) => ({ ...s, settings, documents, notices: status.notices, current: null }));
      // The last document read, unless it cannot be opened: then the first one that can (the library says why).
      const openable = documents.filter((doc) => !doc.problem);
      const first = openable.find((doc) => doc.id === settings.lastDocumentId) ?? openable[0];
      if (first) await openDocument(first.id);
      else setState((s) => ({ ...s, loading: false }));
    } catch (error) {
      fail(error);
    }
  }, [openDocument]);

  useEffect(() => {
    // Starts after the effect, as every load's state changes come from the calls it waits for.
    void Promise.resolve().then(loadLibrary);
    // Shown from the event itself: the notice that this Gloss stopped saving comes as it closes, when calls fail.
    const stopNotices = api.on('app:notice', (notice) => {
      setState((s) => ({ ...s, notices: [...s.notices.filter((shown) => shown.id !== notice.id), notice] }));
      refreshNotices().catch(() => undefined);
    });
    const stopLibrary = api.on('library:changed', () => void api['library:list']({}).then(({ documents }) => setState((s) => ({ ...s, documents }))));
    return () => {
      stopNotices();
      stopLibrary();
    };
  }, [loadLibrary, refreshNotices]);

  const savePosition = useCallback((position: ReadingPosition) => {
    setState((s) => {
      if (s.current) void api['document:setReadingPosition']({ id: s.current.summary.id, position }).catch(fail);
      return { ...s, paragraph: position.paragraph };
    });
  }, []);

  /** Renames a colour category; true once the new name is stored. */
  const renameCategory = useCallback(async (id: CategoryId, name: string): Promise<boolean> => {
    try {
      const { categories } = await api['category:rename']({ id, name });
      setState((s) => (s.settings ? { ...s, settings: { ...s.settings, categories } } : s));
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  }, []);

  const updateSettings = useCallback(async (patch: Partial<Pick<Settings, 'theme' | 'currentColor' | 'desiredRetention' | 'newCardsPerDay'>>) => {
    try {
      const settings = await api['settings:update'](patch);
      setState((s) => ({ ...s, settings }));
    } catch (error) {
      fail(error);
    }
  }, []);

  const dismissNotice = useCallback(async (id: string) => {
    await api['app:dismissNotice']({ id });
    await refreshNotices();
  }, [refreshNotices]);

  return { state, loadLibrary, openDocument, savePosition, updateSettings, renameCategory, dismissNotice };
}
