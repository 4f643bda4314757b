import { basename, extname, resolve } from 'node:path';
import { assembleDocument, type AssembledDocument } from '../../core/import/assembleDocument';
import { readPlainText } from '../../core/import/formats/plainText';
import { ImportRefusal } from '../../core/import/importedDocument';
import { GlossError } from '../../shared/contract';
import type { GeneratedCard, RankedCard } from '../../shared/cardGeneration';
import type { CliCommand, CliIo } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { readFileBytes } from '../readFileBytes';

const USAGE = `Usage: gloss cards FILE [--json] [--all]

Prints the flashcards Gloss would generate from a text file, without importing
it (no library, no data directory). The file is read as Gloss imports a .txt
(any common encoding; a transcript's "Name:" labels become speaker turns, not
text), and offsets in "source" are into the text as Gloss stores it.

By default it prints the deck the app makes first: the most important cards, up
to a budget for the text's length, in the order of the text.

Options:
  --json   The cards as a JSON array of {type, prompt, answer, source, rank}
           (rank 0 is the card that matters most)
  --all    Every card the key facts give, best first: the deck, then what the
           app's "More cards" adds, in the order it adds them`;

/** One card as `gloss cards --json` prints it: what scripts need to check or reuse a deck. */
export interface PrintedCard {
  type: GeneratedCard['type'];
  prompt: string;
  answer: string;
  source: GeneratedCard['source'];
  /** Its place by salience: 0 matters most; the default deck holds the best ranks up to its budget. */
  rank: number;
}

/** `gloss cards FILE [--json] [--all]`: the deck (or every ranked card) for a text file. */
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
  const { defaultDeckSize, generateCards } = await import('../../shared/cardGeneration');
  // Titled as the app titles an imported text file: after its name.
  const generated = generateCards(text, { structure, title: basename(file, extname(file)), ...(options.all ? { limit: 'all' as const } : {}) });
  const cards: RankedCard[] = options.all ? [...generated].sort((a, b) => a.rank - b.rank) : generated;
  if (options.json) {
    const printed: PrintedCard[] = cards.map(({ type, prompt, answer, source, rank }) => ({ type, prompt, answer, source, rank }));
    io.out(JSON.stringify(printed, null, 2));
    return;
  }
  if (cards.length === 0) io.out(`No flashcards: ${basename(file)} has no key facts Gloss can find.`);
  const deckEnd = options.all ? defaultDeckSize(cards, text.length) : Infinity;
  cards.forEach((card, i) => {
    if (i === deckEnd) io.out(`-- the deck ends here; More cards in the app adds the ${cards.length - i} below, in this order --`);
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
