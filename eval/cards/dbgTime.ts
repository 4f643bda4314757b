import { readFileSync } from 'node:fs';
import { generateCards } from '../../src/shared/cardGeneration/generateCards';
const text = readFileSync('/work/shared/corpus/war-and-peace.txt', 'utf8');
const times: number[] = [];
for (let i = 0; i < 3; i++) { const t = performance.now(); generateCards(text); times.push(performance.now() - t); }
console.log(times.map((t) => t.toFixed(0)).join(' '));
