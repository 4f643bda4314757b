import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDocumentFiles } from './documentFile';

async function dataDirWith(names: string[]): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-document-files-'));
  await mkdir(join(dataDir, 'documents'));
  for (const name of names) await writeFile(join(dataDir, 'documents', name), '{}');
  return dataDir;
}

describe('hasDocumentFiles', () => {
  it('is false for a fresh data directory, with or without documents/', async () => {
    expect(await hasDocumentFiles(await mkdtemp(join(tmpdir(), 'gloss-document-files-')))).toBe(false);
    expect(await hasDocumentFiles(await dataDirWith([]))).toBe(false);
  });

  it('counts a document file, or only its previous generation, as a document', async () => {
    expect(await hasDocumentFiles(await dataDirWith(['doc-a.json']))).toBe(true);
    expect(await hasDocumentFiles(await dataDirWith(['doc-a.json.prev']))).toBe(true);
  });

  it('does not count temp files or damaged files set aside', async () => {
    expect(await hasDocumentFiles(await dataDirWith(['.doc-a.json.123.0123456789ab.tmp', 'doc-a.json.damaged-2026-11-28T10-00-00Z']))).toBe(false);
  });
});
