import { EVAL_TEXTS } from './manifest';
import { readEvalDocument, readLabels } from './files';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';
import { specificity } from '../../src/shared/cardGeneration/rank/salience';

type Row = { label: string; f: Record<string, string> };
const rows: Row[] = [];
const held = process.argv.includes('--held');
for (const entry of EVAL_TEXTS.filter((e) => (held ? e.heldOut : !e.heldOut))) {
  const doc = await readEvalDocument(entry);
  const labels = readLabels(entry.slug);
  const cards = generateCards(doc.text, { structure: doc.structure, title: doc.title, limit: 'all' });
  const answerCount = new Map<string, number>();
  for (const c of generateCards(doc.text, { structure: doc.structure, title: doc.title, limit: 'all', capPerAnswer: false })) answerCount.set(c.answer.toLowerCase(), (answerCount.get(c.answer.toLowerCase()) ?? 0) + 1);
  for (const c of cards) {
    const label = labels.get(c.id)?.label;
    if (!label) continue;
    const occurrences = doc.text.split(c.answer).length - 1;
    const sentenceWords = c.source.exact.split(/\s+/).length;
    const paraStart = doc.text.lastIndexOf('\n', c.source.start);
    const firstInPara = doc.text.slice(paraStart + 1, c.source.start).trim() === '' ;
    rows.push({ label, f: {
      kind: entry.kind, type: c.type, fact: c.factType,
      pos: String(Math.floor((c.source.start / doc.text.length) * 4)),
      drafts: String(Math.min(6, answerCount.get(c.answer.toLowerCase()) ?? 0)),
      occ: occurrences <= 1 ? '1' : occurrences <= 3 ? '2-3' : '4+',
      spec: String(Math.round(specificity(c.answer.toLowerCase(), c.factType) * 4) / 4),
      len: sentenceWords < 15 ? '<15' : sentenceWords < 30 ? '15-30' : '30+',
      firstInPara: String(firstInPara),
      paren: String(/\(\s*\[\.\.\.\]/.test(c.prompt) || /\[\.\.\.\][^(]*\)/.test(c.prompt.slice(0, c.prompt.indexOf('[...]') + 30))),
      rank: c.rank < 20 ? '<20' : c.rank < 40 ? '20-40' : c.rank < 80 ? '40-80' : '80+',
    } });
  }
}
for (const key of Object.keys(rows[0]!.f)) {
  const by = new Map<string, { good: number; n: number }>();
  for (const r of rows) { const v = r.f[key]!; const b = by.get(v) ?? { good: 0, n: 0 }; b.n++; if (r.label === 'good') b.good++; by.set(v, b); }
  console.log(key.padEnd(12), [...by].sort().map(([v, b]) => `${v}: ${(b.good / b.n * 100).toFixed(0)}% of ${b.n}`).join(' | '));
}
const cross = new Map<string, { good: number; n: number }>();
for (const r of rows) { const v = `${r.f.kind}/${r.f.occ}`; const b = cross.get(v) ?? { good: 0, n: 0 }; b.n++; if (r.label === 'good') b.good++; cross.set(v, b); }
console.log([...cross].sort().map(([v, b]) => `${v}: ${(b.good / b.n * 100).toFixed(0)}% of ${b.n}`).join(' | '));
const cross2 = new Map<string, { good: number; n: number }>();
for (const r of rows) { const v = `${r.f.kind}/${r.f.pos}`; const b = cross2.get(v) ?? { good: 0, n: 0 }; b.n++; if (r.label === 'good') b.good++; cross2.set(v, b); }
console.log([...cross2].sort().map(([v, b]) => `${v}: ${(b.good / b.n * 100).toFixed(0)}% of ${b.n}`).join(' | '));
