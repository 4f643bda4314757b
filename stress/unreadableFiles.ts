import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every JSON file under the data directory that does not parse. Set-aside
 * copies (`*.damaged-<time>`) and previous generations (`*.prev`) do not end
 * in `.json`, so they are not counted.
 */
export async function unreadableFiles(dataDir: string, skip: (path: string) => boolean = () => false): Promise<string[]> {
  const bad: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (skip(path)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) {
        try {
          JSON.parse(await readFile(path, 'utf8'));
        } catch {
          bad.push(path);
        }
      }
    }
  };
  await walk(dataDir);
  return bad;
}
