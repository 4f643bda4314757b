import { basename } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GlossError, MAX_IMPORT_BYTES } from '../shared/contract';
import type { Core } from '../core/openCore';
import type { CliOutput } from './commands';
import { readFileBytes } from './readFileBytes';

/** Where progress and per-file failures go (stderr), apart from the results (stdout). */
export interface CliReport extends CliOutput {
  err(text: string): void;
}

/**
 * `gloss import FILE…`: imports each file as a new document, one after the
 * other, printing one line per file. A file that fails is reported and the
 * rest still go in; returns how many failed. A file imported before is
 * skipped unless `addDuplicates`.
 */
export async function importCommand(core: Core, files: readonly string[], options: { addDuplicates: boolean; json: boolean }, report: CliReport): Promise<number> {
  let failed = 0;
  const results: unknown[] = [];
  for (const file of files) {
    const taskId = `cli-${randomUUID()}`;
    const stop = core.events.on('task:progress', (progress) => {
      if (progress.taskId === taskId && progress.total > 1 && progress.done < progress.total) report.err(`${progress.label}: ${progress.done}/${progress.total}`);
    });
    try {
      const bytes = await readFileBytes(file, MAX_IMPORT_BYTES);
      const data = Buffer.from(bytes).toString('base64');
      const result = await core.call('document:import', { taskId, fileName: basename(file), data, ifDuplicate: options.addDuplicates ? 'add' : 'ask' });
      results.push({ file, ...result });
      if (result.status === 'added') report.out(`${result.document.id}\t${result.document.wordCount} words\t${result.document.title}`);
      else report.err(`${file}: already in the library as “${result.existing.title}” (${result.existing.id}); skipped. Use --add-duplicates to add it again.`);
    } catch (error) {
      failed++;
      const message = error instanceof GlossError || error instanceof Error ? error.message : String(error);
      results.push({ file, status: 'failed', error: message });
      report.err(message);
    } finally {
      stop();
    }
  }
  if (options.json) report.out(JSON.stringify(results, null, 2));
  return failed;
}
