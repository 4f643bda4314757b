import { readFileSync } from 'node:fs';
import { assembleDocument } from '/work/main/src/core/import/assembleDocument';
import { readPlainText } from '/work/main/src/core/import/formats/plainText';
import { testReadContext } from '/work/main/src/core/testing/readContext';
import { proseFilter } from '/work/main/src/shared/cardGeneration/text/proseFilter';
const { text, structure } = assembleDocument(await readPlainText(readFileSync(process.argv[2]!), testReadContext('a.txt')));
console.log(JSON.stringify(text.slice(0, 200)), JSON.stringify(structure).slice(0, 300));
const f = proseFilter(text, structure);
console.log(f({ start: 0, text: 'x' }));
