import { factsOf } from '../../src/shared/cardGeneration/testing/analyse';
const s = process.argv[2]!;
console.log(JSON.stringify(factsOf(s).mentions, null, 0));
