import { describe, expect, it } from 'vitest';
import type { OpenDocument } from './openDocumentFiles';
import { OpenDocumentCache } from './openDocumentCache';

/** A stand-in for a document's open files: only what the cache touches. */
function fakeDocument(log: string[], id: string): OpenDocument {
  return {
    file: { db: { settled: async () => void log.push(`settled ${id}`), close: async (reason: string) => void log.push(`closed ${id}: ${reason}`) } },
    reviews: { flush: async () => void log.push(`flushed ${id}`) },
  } as unknown as OpenDocument;
}

describe('the open document cache', () => {
  it('opens a document once, however often it is asked for', async () => {
    const log: string[] = [];
    const cache = new OpenDocumentCache(async (id) => (log.push(`open ${id}`), fakeDocument(log, id)), (_id, error) => error);
    const [a, b] = await Promise.all([cache.get('d1'), cache.get('d1')]);
    expect(a).toBe(b);
    expect(log).toEqual(['open d1']);
  });

  it('forgets a document that failed to open, with the explained error, so the next use tries again', async () => {
    let attempts = 0;
    const cache = new OpenDocumentCache(
      async (id) => {
        attempts++;
        if (attempts === 1) throw new Error('EMFILE');
        return fakeDocument([], id);
      },
      (id, error) => new Error(`${id} could not be opened: ${(error as Error).message}`),
    );
    await expect(cache.get('d1')).rejects.toThrow('d1 could not be opened: EMFILE');
    await expect(cache.get('d1')).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });

  it('flushes and closes every open document, and reopens one asked for after closing', async () => {
    const log: string[] = [];
    const cache = new OpenDocumentCache(async (id) => (log.push(`open ${id}`), fakeDocument(log, id)), (_id, error) => error);
    await cache.get('d1');
    await cache.add('d2', {} as never);
    await cache.flush();
    await cache.closeAll('a restore is under way');
    await cache.get('d1');
    expect(log).toEqual(['open d1', 'open d2', 'settled d1', 'flushed d1', 'settled d2', 'flushed d2', 'closed d1: a restore is under way', 'closed d2: a restore is under way', 'open d1']);
  });

  it('forgets a document being opened only once its opening has ended', async () => {
    let finish!: () => void;
    const cache = new OpenDocumentCache(() => new Promise<OpenDocument>((resolve) => (finish = () => resolve(fakeDocument([], 'd1')))), (_id, error) => error);
    void cache.get('d1');
    let forgotten = false;
    const forgetting = cache.forget('d1').then(() => (forgotten = true));
    await Promise.resolve();
    expect(forgotten).toBe(false);
    finish();
    await forgetting;
    expect(forgotten).toBe(true);
  });
});
