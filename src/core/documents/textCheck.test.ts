import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../shared/contract';
import { FILE_SYSTEM_CONCURRENCY } from '../forEachConcurrently';
import { DocumentRepository } from './documentRepository';

/** Library entries of documents whose texts were never written: every check finds its text missing. */
function textlessDocuments(count: number): DocumentSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    title: `Note ${i}`,
    source: '',
    addedAt: '2026-11-28T10:00:00.000Z',
    textVersion: 1,
    wordCount: 1,
    charCount: 1,
    paragraphCount: 1,
    readingPosition: null,
  }));
}

/** A repository whose snapshot look-ups wait until the test lets them answer (with no copy). */
async function repositoryWithHeldSnapshots() {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-text-check-'));
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  const lookups: string[] = [];
  const reports: (readonly string[])[] = [];
  const documents = new DocumentRepository({
    dataDir,
    now: () => new Date(),
    onNotice: () => undefined,
    summaryOf: () => undefined,
    backupCopiesOf: async (relativePath) => {
      lookups.push(relativePath);
      await held;
      return [];
    },
    onBroken: (ids) => reports.push(ids),
  });
  return { documents, lookups, reports, answer };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the whole-library text check', () => {
  it('reports every missing text in one onBroken, and the problems are known once textsChecked resolves', async () => {
    const { documents, reports, answer } = await repositoryWithHeldSnapshots();
    const library = textlessDocuments(3);
    void documents.checkTexts(library);
    answer();
    await documents.textsChecked();
    // In the order the checks ended, which several at a time need not keep.
    expect(reports.map((ids) => [...ids].sort())).toEqual([['doc-0', 'doc-1', 'doc-2']]);
    expect(documents.problemOf('doc-2')).toBe('its text (version 1) is missing from the data folder.');
  });

  it('stopTextCheck lets the documents under way finish and starts no others', async () => {
    const { documents, lookups, reports, answer } = await repositoryWithHeldSnapshots();
    const library = textlessDocuments(FILE_SYSTEM_CONCURRENCY * 3);
    void documents.checkTexts(library);
    await tick();
    expect(lookups).toHaveLength(FILE_SYSTEM_CONCURRENCY);
    let stopped = false;
    const stopping = documents.stopTextCheck().then(() => (stopped = true));
    await tick();
    expect(stopped).toBe(false);
    answer();
    await stopping;
    expect(lookups).toHaveLength(FILE_SYSTEM_CONCURRENCY);
    // What the stopped check found is still reported, so the library shows it.
    expect(reports.map((ids) => [...ids].sort())).toEqual([library.slice(0, FILE_SYSTEM_CONCURRENCY).map((doc) => doc.id).sort()]);
  });
});
