import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LaunchArgs } from '../../shared/launchArgs';
import { TEST_RESOURCES_DIR } from '../../core/testing/freshCore';
import type { ExitCode } from '../command';
import { coreLibraryAccess } from '../library/libraryAccess';
import { runGloss, type CliProcess } from '../main';

/** A `gloss` run in this process, with what it printed. */
export interface CliRun {
  code: ExitCode;
  /** stdout: the lines of out() and whatever write() wrote, in order. */
  stdout: string;
  stderr: string;
}

/** A CLI in this process on a temporary folder: the real core and snapshot, captured streams, a recording serve. */
export interface CliHarness {
  /** A folder of its own, the working folder of every run. */
  dir: string;
  /** The data directory GLOSS_DATA_DIR names (not created until something writes it). */
  dataDir: string;
  /** What serve was asked to run, in order. */
  served: LaunchArgs[];
  run(...argv: string[]): Promise<CliRun>;
}

/** A fresh harness; `env` overrides GLOSS_DATA_DIR (undefined: not set). */
export async function cliHarness(options: { envDataDir?: string | null } = {}): Promise<CliHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-cli-'));
  const dataDir = join(dir, 'data');
  const served: LaunchArgs[] = [];
  return {
    dir,
    dataDir,
    served,
    async run(...argv) {
      let stdout = '';
      let stderr = '';
      const proc: CliProcess = {
        io: {
          out: (text) => void (stdout += `${text}\n`),
          err: (text) => void (stderr += `${text}\n`),
          write: (data) => void (stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8')),
        },
        cwd: dir,
        envDataDir: options.envDataDir === null ? undefined : (options.envDataDir ?? dataDir),
        defaultDataDir: join(dir, 'home', '.gloss'),
        library: coreLibraryAccess({ resourcesDir: TEST_RESOURCES_DIR, version: 'test' }),
        serve: async (args) => void served.push(args),
        version: '9.8.7',
      };
      const code = await runGloss(argv, proc);
      return { code, stdout, stderr };
    },
  };
}
