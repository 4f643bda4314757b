/**
 * `npx tsx bench/ankiExport.ts [cards]`: times an Anki export of a large
 * deck (10,000 cards by default: half clozes, five to a sentence, half
 * questions, every card tagged) through each step, in both formats, and
 * prints the times and sizes. Not a test: nothing is asserted.
 */
import { ankiNotes } from '../src/core/export/anki/ankiNotes';
import { ankiPackage } from '../src/core/export/anki/ankiPackage';
import { ankiText } from '../src/core/export/anki/ankiText';
import { loadSqlJs } from '../src/core/export/anki/loadSqlJs';
import type { ExportCard, ExportDocument } from '../src/core/export/exportModel';

const CLOZES_PER_SENTENCE = 5;

/** A large deck: sentence i has five clozes (one group) and five questions. */
function largeDeck(cardCount: number): ExportDocument {
  const cards: ExportCard[] = [];
  for (let i = 0; cards.length < cardCount; i++) {
    const words = ['Minsk', `${1990 + (i % 30)}`, 'CSTO', 'Tasmagambetov', 'Moscow'];
    const sentence = `In ${words[1]} the ${words[2]} led by ${words[3]} met in ${words[0]} and then ${words[4]}, sentence ${i} of a long book.`;
    const base = { documentId: 'doc-big', documentTitle: 'A long book', origin: 'generated' as const, status: 'new' as const, due: '2026-12-01T09:00:00.000Z', reps: 0, lapses: 0 };
    const source = { exact: sentence, anchor: { start: i * 200, end: i * 200 + sentence.length } };
    words.slice(0, CLOZES_PER_SENTENCE).forEach((word, w) => {
      const prompt = sentence.replace(word, '[...] (fact)');
      cards.push({ ...base, id: `c-${i}-${w}`, type: 'cloze', prompt, answer: word, hint: 'fact', tags: ['exam/unit 1', `fact ${w}`], source, group: `g-${i}` });
      cards.push({ ...base, id: `q-${i}-${w}`, type: 'qa', prompt: `Which word is number ${w + 1} in sentence ${i}?`, answer: word, hint: null, tags: ['exam/unit 2'], source, group: `g-${i}` });
    });
  }
  return { id: 'doc-big', title: 'A long book', source: '', textVersion: 1, textSha256: '0'.repeat(64), highlights: [], cards: cards.slice(0, cardCount) };
}

/** Runs `work` and prints how long it took, and the CPU time this process spent on it (the machine may be shared). */
async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const { user, system } = process.cpuUsage(cpu);
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  (CPU ${((user + system) / 1000).toFixed(0)} ms)`);
  return result;
}

const cardCount = Number(process.argv[2] ?? 10_000);
const doc = largeDeck(cardCount);
console.log(`${cardCount} cards`);
await timed('load sql.js (once per process)', () => loadSqlJs());
const { notes } = await timed('cards → notes', () => ankiNotes([doc]));
const apkg = await timed('.apkg (SQLite + zip)', () => ankiPackage(notes, '2026-12-02T10:00:00.000Z'));
// The first package also pays for compiling SQLite's WebAssembly to fast code; later ones in the same process do not.
await timed('.apkg again', () => ankiPackage(notes, '2026-12-02T10:00:00.000Z'));
await timed('.apkg as base64 (the contract)', () => Buffer.from(apkg).toString('base64'));
const text = await timed('text format', () => ankiText(notes));
console.log(`${notes.length} notes; .apkg ${(apkg.length / 1024).toFixed(0)} KB; text ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
