import { readFileSync } from 'node:fs';
import { planChunks, chunkDisplayText } from '../../src/shared/cardGeneration/text/chunks';
const text = readFileSync('/work/shared/corpus/war-and-peace.txt', 'utf8').replace(/\r\n/g, '\n');
let kept = 0; const samples: string[] = [];
for (const chunk of planChunks(text)) {
  const d = chunkDisplayText(text, chunk);
  for (let i = 0; i < d.length; i++) if (d[i] === '\n' && d[i - 1] !== '\n' && d[i + 1] !== '\n') { kept++; if (samples.length < 25) samples.push(JSON.stringify(d.slice(Math.max(0, i - 60), i + 60))); }
}
console.log(kept); console.log(samples.join('\n'));
