import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { assembleDocument } from '../../src/core/import/assembleDocument';
import { readMarkdown } from '../../src/core/import/formats/markdown';
import { readPlainText } from '../../src/core/import/formats/plainText';
import { readHtml } from '../../src/core/import/formats/html';
import { testReadContext } from '../../src/core/testing/readContext';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';

const path = process.argv[2]!;
const all = process.argv.includes('--all');
const read = path.endsWith('.md') ? readMarkdown : /\.html?$/.test(path) ? readHtml : readPlainText;
const { text, structure } = assembleDocument(await read(readFileSync(path), testReadContext(basename(path))));
const title = process.argv.find((a) => a.startsWith('--title='))?.slice(8) ?? basename(path);
const cards = generateCards(text, { structure, title, limit: all ? 'all' : undefined });
console.log('cards', cards.length, 'chars', text.length);
for (const c of [...cards].sort((a, b) => a.rank - b.rank)) console.log(`${String(c.rank).padStart(3)}${c.heldBack ? 'H' : ' '} ${c.factType.padEnd(8)} ${c.type} | ${c.prompt.replace(/\s+/g, ' ').slice(0, 230)} → ${c.answer.slice(0, 120)}`);
