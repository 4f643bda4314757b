import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { GlossError, MAX_IMPORT_BYTES } from '../../shared/contract';
import type { Core } from '../../core/openCore';
import type { CliCommand, CliIo } from '../command';
import { withCore } from '../library/libraryAccess';
import { chosenDataDir, DATA_DIR_OPTION, parseCommandArgs } from '../parseCommandArgs';
import { readFileBytes } from '../readFileBytes';

const USAGE = `Usage: gloss import FILE… [--add-duplicates] [--json] [--data-dir DIR]

Imports each file as a new document (.txt .md .html .docx .pdf .epub .vtt .srt),
one after the other, printing "id, words, title" for each. A REFI-QDA project
(.qdpx) brings its documents, codes and coded passages; W3C Web Annotations
(.jsonld) join the documents whose text they were made on. A file that fails is
reported on stderr and the others still go in; the exit status is then 1.
Changes the library, so it refuses while Gloss has it open.

Options:
  --add-duplicates  Add a file imported before again (by default it is skipped)
  --json            One JSON array of results at the end: {file, status, …}
  --data-dir DIR    The library to import into (default: $GLOSS_DATA_DIR or ~/.gloss)`;

/** `gloss import FILE…`: each file as a new document; exit 1 if any failed. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import files as new documents',
  usage: USAGE,
  async run(args, env) {
    const options = { 'add-duplicates': { type: 'boolean' }, json: { type: 'boolean' }, ...DATA_DIR_OPTION } as const;
    const { values, positionals } = parseCommandArgs(args, options, { min: 1, max: Infinity, name: 'FILE' });
    const files = positionals.map((file) => resolve(env.cwd, file));
    const failed = await withCore(env.library.forWriting(chosenDataDir(values, env), 'import'), (core) =>
      importFiles(core, files, { addDuplicates: values['add-duplicates'] ?? false, json: values.json ?? false }, env.io),
    );
    return failed > 0 ? 1 : 0;
  },
};

/** Imports a REFI-QDA project or W3C annotations by their extension; null for any other file (a document). */
async function importExchangeFile(core: Core, file: string, bytes: Uint8Array, io: CliIo, json: boolean): Promise<Record<string, unknown> | null> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.qdpx')) {
    const result = await core.call('import:qdpx', { fileName: basename(file), data: Buffer.from(bytes).toString('base64') });
    for (const warning of result.warnings) io.err(`${file}: ${warning}`);
    if (!json) io.out(`${file}: ${result.documents.length} document(s), ${result.highlights} highlight(s) (${result.orphans} not placed), ${result.codes} code(s)`);
    return { status: 'added', ...result };
  }
  if (lower.endsWith('.jsonld')) {
    const result = await core.call('import:w3c', { content: Buffer.from(bytes).toString('utf8') });
    for (const problem of result.problems) io.err(`${file}: ${problem}`);
    if (!json) io.out(`${file}: ${result.imported} highlight(s) in ${result.documentIds.length} document(s) (${result.orphans} not placed)`);
    return { status: 'added', ...result };
  }
  return null;
}

/**
 * Imports each file in turn, one line per file; a failed file is reported
 * and the rest still go in. A file imported before is skipped unless
 * `addDuplicates`. Returns how many failed.
 */
export async function importFiles(core: Core, files: readonly string[], options: { addDuplicates: boolean; json: boolean }, io: CliIo): Promise<number> {
  let failed = 0;
  // With --json, stdout holds only the array, so scripts can parse it.
  const results: unknown[] = [];
  for (const file of files) {
    const taskId = `cli-${randomUUID()}`;
    const stop = core.events.on('task:progress', (progress) => {
      if (progress.taskId === taskId && progress.total > 1 && progress.done < progress.total) io.err(`${progress.label}: ${progress.done}/${progress.total}`);
    });
    try {
      const bytes = await readFileBytes(file, MAX_IMPORT_BYTES);
      const exchange = await importExchangeFile(core, file, bytes, io, options.json);
      if (exchange) {
        results.push({ file, ...exchange });
        continue;
      }
      const data = Buffer.from(bytes).toString('base64');
      const result = await core.call('document:import', { taskId, fileName: basename(file), data, ifDuplicate: options.addDuplicates ? 'add' : 'ask' });
      results.push({ file, ...result });
      if (result.status === 'added') {
        if (!options.json) io.out(`${result.document.id}\t${result.document.wordCount} words\t${result.document.title}`);
      } else io.err(`${file}: already in the library as “${result.existing.title}” (${result.existing.id}); skipped. Use --add-duplicates to add it again.`);
    } catch (error) {
      failed++;
      const message = error instanceof GlossError || error instanceof Error ? error.message : String(error);
      results.push({ file, status: 'failed', error: message });
      io.err(message);
    } finally {
      stop();
    }
  }
  if (options.json) io.out(JSON.stringify(results, null, 2));
  return failed;
}
