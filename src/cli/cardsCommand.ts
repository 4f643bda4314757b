import { basename } from 'node:path';
import { decodeTextFile } from '../core/documents/normalizeText';
import { generateCards, type GeneratedCard } from '../shared/cardGeneration';
import type { CliOutput } from './commands';
import { readFileBytes } from './readFileBytes';

/** One card as `gloss cards --json` prints it: what scripts need to check or reuse a deck. */
export interface PrintedCard {
  type: GeneratedCard['type'];
  prompt: string;
  answer: string;
  source: GeneratedCard['source'];
}

/**
 * `gloss cards FILE [--json]`: the deck Gloss would generate for a text
 * file, without importing it (no library, no data directory). Offsets in
 * `source` are into the text as Gloss stores it (UTF-8, no BOM, LF endings).
 */
export async function cardsCommand(file: string, json: boolean, output: CliOutput): Promise<void> {
  const text = decodeTextFile(await readFileBytes(file), basename(file));
  const cards = generateCards(text);
  if (json) {
    const printed: PrintedCard[] = cards.map(({ type, prompt, answer, source }) => ({ type, prompt, answer, source }));
    output.out(JSON.stringify(printed, null, 2));
    return;
  }
  if (cards.length === 0) output.out(`No flashcards: ${basename(file)} has no key facts Gloss can find.`);
  cards.forEach((card, i) => {
    output.out(`${i + 1}. [${card.type}] ${card.prompt}\n   → ${card.answer}`);
  });
}
