import type { StoreApi } from 'zustand/vanilla';
import type { GlossApi } from '../api/glossApi';
import { textToBase64 } from '../import/base64';
import { importExchangeFile, isExchangeFile } from '../import/exchangeImport';
import { ImportQueue } from '../import/importQueue';
import { PASTED_FILE_NAME, titleFromText } from '../import/pastedText';
import type { GlossCommands, GlossState } from './types';

type Set = StoreApi<GlossState>['setState'];
type Get = StoreApi<GlossState>['getState'];

/**
 * Importing: one queue of files for the window (see ImportQueue), its entries
 * mirrored in the store for the tray. A file imported on its own is opened
 * once added; a batch is listed in the tray, each with its Open button.
 */
export function importCommands(
  api: GlossApi,
  set: Set,
  get: Get,
): Pick<GlossCommands, 'importFiles' | 'importText' | 'cancelImport' | 'answerDuplicate' | 'clearImports' | 'importProgress'> {
  const openAndRead = async (id: string): Promise<void> => {
    await get().openDocument(id);
    if (get().current?.summary.id === id) get().setView('read');
  };
  const queue = new ImportQueue({
    importFile: (params) => api['document:import'](params),
    cancelTask: (taskId) => api['task:cancel']({ taskId }),
    onChange: (entries) => set({ imports: [...entries] }),
    onAdded: (document, alone) => {
      set((s) => (s.documents.some((doc) => doc.id === document.id) ? s : { documents: [document, ...s.documents] }));
      if (alone) void openAndRead(document.id);
    },
    newId: () => `import-${crypto.randomUUID()}`,
  });

  return {
    importFiles: (sources) => {
      // Work from other tools joins the library as it is; documents go through the queue.
      for (const source of sources.filter((candidate) => isExchangeFile(candidate.fileName))) {
        importExchangeFile(api, source).then(
          async (said) => {
            await get().loadLibrary();
            // The open document may have gained highlights: read it again.
            const open = get().current?.summary.id;
            if (open) await get().openDocument(open);
            get().feedback.say(said);
          },
          (error: unknown) => get().feedback.say((error as Error).message, { error: true }),
        );
      }
      const documents = sources.filter((candidate) => !isExchangeFile(candidate.fileName));
      if (documents.length > 0) void queue.add(documents);
    },
    importText: (text) => {
      const title = titleFromText(text);
      if (!title) return get().feedback.say('There is no text to import: the clipboard or the field holds no words.', { error: true });
      const data = textToBase64(text);
      queue.add([{ fileName: PASTED_FILE_NAME, size: (data.length / 4) * 3, title, read: async () => data }]);
    },
    cancelImport: (id) => queue.cancel(id),
    answerDuplicate: async (id, answer) => {
      const existing = get().imports.find((entry) => entry.id === id)?.existing;
      if (answer === 'add') return queue.addAgain(id);
      if (answer === 'skip' || !existing) return queue.skip(id);
      if (answer === 'restore' && !(await get().restoreDocument(existing.id))) return;
      queue.dismiss(id);
      await openAndRead(existing.id);
    },
    clearImports: () => queue.clearSettled(),
    importProgress: (taskId, done, total) => queue.progress(taskId, done, total),
  };
}

/** Passes the core's progress events to the import queue. Returns the unsubscriber. */
export function followImportProgress(api: GlossApi, get: Get): () => void {
  return api.on('task:progress', ({ taskId, done, total }) => get().importProgress(taskId, done, total));
}
