import type { CoreContext } from '../context';
import type { Handlers } from '../handlers/types';
import { displayFileName } from './fileName';
import { importFile } from './importFile';

/** Importing files: one call per file, each a cancellable task with progress (see importFile). */
export function importHandlers(ctx: CoreContext): Handlers<'document:import'> {
  return {
    'document:import': async ({ taskId, fileName, data, title, ifDuplicate }) => {
      const task = ctx.tasks.start(taskId);
      const label = `Importing ${displayFileName(fileName)}`;
      try {
        const bytes = new Uint8Array(Buffer.from(data, 'base64'));
        return await importFile(ctx, {
          fileName,
          bytes,
          ...(title ? { title } : {}),
          ifDuplicate: ifDuplicate ?? 'ask',
          signal: task.signal,
          onProgress: (done, total) => ctx.events.emit('task:progress', { taskId, label, done, total }),
        });
      } finally {
        task.end();
        ctx.events.emit('task:progress', { taskId, label, done: 1, total: 1 });
      }
    },
  };
}
