import { analyseChunk } from '../../src/shared/cardGeneration/nlp/winkPipeline';
for (const s of analyseChunk(process.argv[2]!, 0)) console.log(JSON.stringify(s.text));
