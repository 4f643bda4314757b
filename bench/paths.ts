import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../src/core/documents/normalizeText';

/** The repository root (bench/ sits directly under it). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the benchmark texts live. They are shared between checkouts and far
 * too big for the repository, so they are read in place, never copied.
 */
export const corpusDir = process.env.GLOSS_CORPUS_DIR ?? join(repoRoot, '..', 'shared', 'corpus');

/** The texts the benchmarks open, by file name in the corpus folder. */
export const CORPUS = {
  interview: { file: 'interview.txt', label: 'interview' },
  warAndPeace: { file: 'war-and-peace.txt', label: 'War and Peace', title: 'War and Peace', source: 'Leo Tolstoy' },
} as const;

/** Reads a corpus text normalised exactly as Gloss stores it, so both sides show the same characters. */
export async function readCorpusText(file: string): Promise<string> {
  return normalizeText(await readFile(join(corpusDir, file), 'utf8'));
}
