import { factsOf } from '../../src/shared/cardGeneration/testing/analyse';
console.log(JSON.stringify(factsOf(process.argv[2]!).questions));
