import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newSchedule } from '../../src/core/cards/scheduling';
import type { StoredCard } from '../../src/core/cards/storedCard';
import { openDataDir } from '../../src/core/openCore';
import { seedAnnotations } from '../../src/core/testing/seedAnnotations';
import { seedDocuments } from '../../src/core/testing/seedDocuments';
import { CORPUS, readCorpusText, repoRoot } from '../paths';
import { spreadHighlights } from './highlightSet';
import { randomInt, seededRandom } from './seededRandom';

const resourcesDir = join(repoRoot, 'resources');

/** What analysts write in notes, and the tags they use (hierarchical, as the codebook allows). */
const NOTES = ['Foreshadowing of the retreat from Moscow', 'Compare with **Kutuzov** at the council of war', 'Question: why does he hesitate here?', 'Fatalism again; see the second epilogue', 'A [source](https://example.org) for the date'];
const TAGS = [['theme/fatalism'], ['people/kutuzov', 'battle'], ['to-check'], ['theme/family', 'people/natasha']];

/** The highlights, notes, tags and cards of the search benchmark's War and Peace. */
export const ANNOTATED = { highlights: 5_000, notedEvery: 3, taggedEvery: 2, cards: 500 } as const;

/**
 * A data directory holding War and Peace with 5,000 highlights (every third
 * with a note, every second tagged) and 500 question cards, as a document
 * worked on for months. Built below the API, like the storage benchmark's.
 */
export async function buildAnnotatedWarAndPeace(): Promise<{ dataDir: string; documentId: string }> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-bench-search-')), 'data');
  const text = await readCorpusText(CORPUS.warAndPeace.file);
  const [doc] = await seedDocuments(dataDir, resourcesDir, [{ title: CORPUS.warAndPeace.title, source: CORPUS.warAndPeace.source, text }]);
  const highlights = spreadHighlights(text, ANNOTATED.highlights).map((range, i) => ({
    ...range,
    ...(i % ANNOTATED.notedEvery === 0 ? { note: NOTES[i % NOTES.length]! } : {}),
    ...(i % ANNOTATED.taggedEvery === 0 ? { tags: TAGS[i % TAGS.length]! } : {}),
  }));
  await seedAnnotations(dataDir, resourcesDir, doc!.id, highlights);
  const now = new Date().toISOString();
  const cards: StoredCard[] = Array.from({ length: ANNOTATED.cards }, (_, i) => ({
    id: `card-search-${i}`, origin: 'manual', type: 'qa', prompt: `Who commands the ${['left', 'right', 'centre'][i % 3]} flank in chapter ${i}?`, answer: ['Bagratión', 'Kutúzov', 'Dokhtúrov'][i % 3]!,
    hint: null, group: null, annotationId: null, target: null, edited: false, suspended: false, tags: [], deleted: false, created: now, modified: now, schedule: newSchedule(new Date()),
  }));
  const open = await openDataDir({ dataDir, resourcesDir, version: 'bench' });
  try {
    await open.ctx.documents.update(doc!.id, (data) => void data.cards.push(...cards));
  } finally {
    await open.close();
  }
  return { dataDir, documentId: doc!.id };
}

/** How long a "novel-sized" document of the build benchmark is: about 100,000 words. */
export const NOVEL_LENGTH = 600_000;

/**
 * A data directory of `count` novel-sized documents, each a different
 * stretch of War and Peace (wrapping round its end), so every one has its
 * own text, as a library of novels would.
 */
export async function buildNovelLibrary(count: number): Promise<string> {
  const dataDir = join(await mkdtemp(join(tmpdir(), 'gloss-bench-novels-')), 'data');
  const book = await readCorpusText(CORPUS.warAndPeace.file);
  const random = seededRandom(50);
  const novels = Array.from({ length: count }, (_, i) => {
    const start = randomInt(random, 0, book.length - 1);
    const text = (book.slice(start) + '\n\n' + book).slice(0, NOVEL_LENGTH).trim();
    return { title: `Novel ${i + 1}`, source: 'War and Peace, from a random place', text };
  });
  await seedDocuments(dataDir, resourcesDir, novels);
  return dataDir;
}
