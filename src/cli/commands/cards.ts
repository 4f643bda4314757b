import { basename, resolve } from 'node:path';
import { assembleDocument, type AssembledDocument } from '../../core/import/assembleDocument';
import { readPlainText } from '../../core/import/formats/plainText';
import { ImportRefusal } from '../../core/import/importedDocument';
import { GlossError } from '../../shared/contract';
import type { GeneratedCard } from '../../shared/cardGeneration';
import type { CliCommand, CliIo } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { readFileBytes } from '../readFileBytes';

const USAGE = `Usage: gloss cards FILE [--json] [--all]

Prints the flashcards Gloss would generate from a text file, without importing
it (no library, no data directory). The file is read as Gloss imports a .txt
(any common encoding; a transcript's "Name:" labels become speaker turns, not
text), and offsets in "source" are into the text as Gloss stores it.

Options:
  --json   The cards as a JSON array of {type, prompt, answer, source}
  --all    Every candidate card: without the cap of 3 cards per answer (2 clozes)
           that keeps one name or acronym from filling the deck; duplicates and
           partial names ("Tasmagambetov" beside the full name) still go`;

/** One card as `gloss cards --json` prints it: what scripts need to check or reuse a deck. */
export interface PrintedCard {
  type: GeneratedCard['type'];
  prompt: string;
  answer: string;
  source: GeneratedCard['source'];
}

/** `gloss cards FILE [--json] [--all]`: the deck (or every candidate card) for a text file. */
export const cardsCommand: CliCommand = {
  name: 'cards',
  summary: 'Print the flashcards generated from a text file (no library needed)',
  usage: USAGE,
  async run(args, env) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, all: { type: 'boolean' } }, { min: 1, name: 'FILE' });
    await printCards(resolve(env.cwd, positionals[0]!), { json: values.json ?? false, all: values.all ?? false }, env.io);
    return 0;
  },
};

/** Generates and prints the cards of one text file. */
export async function printCards(file: string, options: { json: boolean; all: boolean }, io: CliIo): Promise<void> {
  const { text, structure } = await readAsImported(await readFileBytes(file), basename(file));
  // Loaded here: its language model takes seconds to load, which no other command needs.
  const { generateCards } = await import('../../shared/cardGeneration');
  const cards = generateCards(text, { capPerAnswer: !options.all, structure });
  if (options.json) {
    const printed: PrintedCard[] = cards.map(({ type, prompt, answer, source }) => ({ type, prompt, answer, source }));
    io.out(JSON.stringify(printed, null, 2));
    return;
  }
  if (cards.length === 0) io.out(`No flashcards: ${basename(file)} has no key facts Gloss can find.`);
  cards.forEach((card, i) => {
    io.out(`${i + 1}. [${card.type}] ${card.prompt}\n   → ${card.answer}`);
  });
}

/** A text file as the app imports a .txt: its plain text and layout, or a refusal in a sentence. */
async function readAsImported(bytes: Uint8Array, name: string): Promise<AssembledDocument> {
  try {
    return assembleDocument(await readPlainText(bytes, { fileName: name, onProgress: () => undefined, signal: new AbortController().signal }));
  } catch (error) {
    if (error instanceof ImportRefusal) throw new GlossError('bad_input', `${name} ${error.message}.`);
    throw error;
  }
}
