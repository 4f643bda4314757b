import type { GlossApi } from '../api/glossApi';
import type { ImportSource } from './importEntry';

/** Files that bring work from another tool rather than a new document: a REFI-QDA project, W3C annotations. */
export function isExchangeFile(fileName: string): boolean {
  return /\.(qdpx|jsonld)$/iu.test(fileName);
}

/**
 * Imports a REFI-QDA project (its documents, codes and coded passages) or
 * W3C annotations (into the documents whose text they were made on) and
 * returns a sentence saying what came in and what did not.
 */
export async function importExchangeFile(api: GlossApi, source: ImportSource): Promise<string> {
  const data = await source.read();
  if (/\.qdpx$/iu.test(source.fileName)) {
    const result = await api['import:qdpx']({ fileName: source.fileName, data });
    const said = `${source.fileName}: ${result.documents.length} document(s), ${result.highlights} highlight(s), ${result.codes} code(s) imported`;
    return [said + (result.orphans > 0 ? ` (${result.orphans} could not be placed and are kept as orphans)` : '') + '.', ...result.warnings].join(' ');
  }
  const content = new TextDecoder().decode(Uint8Array.from(atob(data), (char) => char.charCodeAt(0)));
  const result = await api['import:w3c']({ content });
  const said = `${source.fileName}: ${result.imported} highlight(s) added to ${result.documentIds.length} document(s)`;
  return [said + (result.orphans > 0 ? ` (${result.orphans} not found in the text, kept as orphans)` : '') + '.', ...result.problems].join(' ');
}
