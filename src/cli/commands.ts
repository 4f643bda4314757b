import type { Core } from '../core/openCore';


/** Where a command writes: injected so tests can capture it. */
export interface CliOutput {
  out(text: string): void;
}

/** `gloss list [--json]`: the library, one document per line (or as JSON). */
export async function listCommand(core: Core, json: boolean, output: CliOutput): Promise<void> {
  const { documents } = (await core.call('library:list', {}));
  if (json) {
    output.out(JSON.stringify(documents, null, 2));
    return;
  }
  if (documents.length === 0) output.out('The library is empty.');
  for (const doc of documents) {
    output.out(`${doc.id}\t${doc.wordCount} words\t${doc.title}${doc.source ? ` (${doc.source})` : ''}`);
  }
}

/** `gloss text ID`: prints a document's current text, for piping into other tools. */
export async function textCommand(core: Core, id: string, output: CliOutput): Promise<void> {
  const opened = (await core.call('document:open', { id }));
  output.out(opened.text);
}
