import { everydayRank } from '../../src/shared/cardGeneration/lexicon/everydayWords';
for (const w of process.argv.slice(2)) console.log(w, everydayRank(w));
