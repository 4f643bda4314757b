import path from 'node:path';

const FLAG = '--data-dir';

/** The value of `--data-dir=DIR` or `--data-dir DIR`, the last one winning; null if absent or empty. */
export function dataDirFlag(argv: readonly string[]): string | null {
  let found: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg.startsWith(`${FLAG}=`)) found = arg.slice(FLAG.length + 1) || found;
    else if (arg === FLAG) {
      const next = argv[i + 1];
      // `--data-dir --other-flag` names no directory; do not swallow the flag as one.
      if (next !== undefined && next !== '' && !next.startsWith('--')) found = next;
    }
  }
  return found;
}

/**
 * The data directory the user asked for, as an absolute path, or null to use
 * the default (Electron's userData). The command-line flag wins over
 * GLOSS_DATA_DIR because it is the more deliberate, per-launch choice, and it
 * is what the "already in use" message tells the user to pass.
 */
export function dataDirOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): string | null {
  const chosen = dataDirFlag(argv) ?? (env.GLOSS_DATA_DIR || null);
  return chosen === null ? null : path.resolve(cwd, chosen);
}

export interface ResourceLocation {
  isPackaged: boolean;
  /** `app.getAppPath()`: the project root in development. */
  appPath: string;
  /** `process.resourcesPath`: where a packaged app keeps its extra files. */
  resourcesPath: string;
}

/** Folder holding the bundled files (the first-launch interview). */
export function resourcesDir({ isPackaged, appPath, resourcesPath }: ResourceLocation): string {
  return isPackaged ? resourcesPath : path.join(appPath, 'resources');
}
