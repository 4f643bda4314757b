import { homedir } from 'node:os';
import { join } from 'node:path';

/** The data directory browser mode and the CLI use unless told otherwise (Electron uses userData). */
export function defaultDataDir(): string {
  return join(homedir(), '.gloss');
}
