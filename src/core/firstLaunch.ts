import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CoreContext } from './context';
import { addDocument } from './documents/addDocument';
import { decodeTextFile } from './documents/normalizeText';

/** The bundled first document, with the title and source a reader expects. */
export const BUNDLED_INTERVIEW = {
  file: 'interview.txt',
  title: 'Interview with CSTO Secretary-General Imangali Tasmagambetov',
  source: 'Sputnik Belarus',
};

/**
 * On the very first launch, adds the bundled interview and opens it. Runs
 * once per data directory, so a user who deletes it does not get it back.
 */
export async function seedFirstLaunch(ctx: CoreContext, resourcesDir: string): Promise<void> {
  if (ctx.library.firstLaunchDone) return;
  const bytes = await readFile(join(resourcesDir, BUNDLED_INTERVIEW.file));
  // One write adds it and marks the first launch done, so no copy of library.json has one without the other.
  await addDocument(
    ctx,
    { title: BUNDLED_INTERVIEW.title, source: BUNDLED_INTERVIEW.source, text: decodeTextFile(bytes, BUNDLED_INTERVIEW.file) },
    (library, added) => {
      library.settings.lastDocumentId = added.id;
      library.firstLaunchDone = true;
    },
  );
}
