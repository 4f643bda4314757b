import { EVAL_TEXTS } from './manifest';
import { readEvalDocument, readLabels } from './files';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';
import { deckBudget } from '../../src/shared/cardGeneration/rank/deckBudget';

const slug = process.argv[2]!;
const entry = EVAL_TEXTS.find((e) => e.slug === slug)!;
const doc = await readEvalDocument(entry);
const labels = readLabels(slug);
const cards = generateCards(doc.text, { structure: doc.structure, title: doc.title, limit: 'all' });
console.log('budget', deckBudget(doc.text.length), 'cards', cards.length);
for (const c of [...cards].sort((a, b) => a.rank - b.rank)) {
  const l = labels.get(c.id)?.label ?? '?';
  console.log(`${String(c.rank).padStart(3)} ${c.heldBack ? 'H' : ' '} ${l.padEnd(7)} ${c.factType.padEnd(9)} @${c.source.start} ${c.type} | ${c.prompt.slice(0, 150)} → ${c.answer}`);
}
