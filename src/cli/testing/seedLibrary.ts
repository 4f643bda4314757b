import { openTestCore } from '../../core/testing/freshCore';

/** Makes a library as a first launch does (the bundled interview), plus a highlight and a card on it; returns the interview's id. */
export async function seedLibrary(dataDir: string): Promise<string> {
  const core = await openTestCore(dataDir);
  try {
    const documentId = (await core.call('library:list', {})).documents[0]!.id;
    await core.call('annotation:create', { documentId, textVersion: 1, start: 3, end: 12, color: 'c2', note: 'Why? Because', tags: ['exam'] });
    await core.call('card:create', { documentId, type: 'qa', prompt: 'Which city hosts the summit?', answer: 'Minsk', tags: ['exam'] });
    return documentId;
  } finally {
    await core.close();
  }
}
