import type { ChildProcess } from 'node:child_process';
import type { BrowserModeProcess } from '../src/server/testing/launchBrowserMode';
import type { Launch } from './scenario';

/** Starts Gloss, retrying while a predecessor's lock is still being released. */
export async function launchWithRetry(launch: Launch, dataDir: string, seconds = 20): Promise<BrowserModeProcess> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await launch(dataDir);
    } catch (error) {
      if (Date.now() > until || !/Another Gloss/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A start that either served or ended before it did, with everything it printed. */
export type StartOutcome = { started: BrowserModeProcess } | { refused: string };

/** Starts Gloss and reports whether it came up or refused, instead of throwing. */
export async function startOrRefusal(launch: Launch, dataDir: string): Promise<StartOutcome> {
  try {
    return { started: await launch(dataDir) };
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error) };
  }
}

/** Resolves with the exit code (or the signal that ended it) once the process is gone. */
export function exitOf(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

/** SIGKILLs a process and waits until it is gone, so its pid is free and its lock is a dead one's. */
export async function killHard(child: ChildProcess): Promise<void> {
  const gone = exitOf(child);
  child.kill('SIGKILL'); // a stopped process dies of it too
  await gone;
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
