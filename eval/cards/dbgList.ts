import { EVAL_TEXTS } from './manifest';
import { readEvalDocument, readLabels } from './files';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';

const counts: Record<string, Record<string, number>> = { member: {}, other: {} };
for (const entry of EVAL_TEXTS.filter((e) => !e.heldOut)) {
  const doc = await readEvalDocument(entry);
  const labels = readLabels(entry.slug);
  for (const c of generateCards(doc.text, { structure: doc.structure, title: doc.title, limit: 'all' })) {
    if (c.type !== 'cloze' || !['name', 'person', 'place', 'organisation'].includes(c.factType)) continue;
    const at = c.prompt.indexOf('[...]');
    const around = c.prompt.slice(Math.max(0, at - 50), at + 80).replace(/\[\.\.\.\] \([^)]*\)/, 'BLANK');
    const series = /(?:[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*|BLANK), (?:[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*|BLANK),? (?:and|or|,) ?(?:[\p{Lu}][\p{L}-]*|BLANK)/u;
    const member = series.test(around) && around.includes('BLANK') && new RegExp(String.raw`BLANK,|, BLANK|and BLANK|or BLANK`).test(around);
    const l = labels.get(c.id)?.label ?? '?';
    const k = member ? 'member' : 'other';
    counts[k]![l] = (counts[k]![l] ?? 0) + 1;
    if (member && process.argv[2]) console.log(l, '|', around, '→', c.answer);
  }
}
console.log(JSON.stringify(counts));
