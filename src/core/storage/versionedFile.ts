import { copyFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { DurableDb } from './durableDb';
import { upgradeData } from './fileFormat';
import { DamagedFileError, DurableJsonFile } from './durableJsonFile';
import { restoreNewestGoodCopy } from './restoreNewestGoodCopy';
import type { VersionedFileSpec } from './versionedFileSpec';
import { fsyncDirectory } from './writeFileAtomic';
import { renameIfAllowed } from './writeFence';

export { NewerSchemaError, type Migrations } from './fileFormat';
export type { VersionedFileSpec } from './versionedFileSpec';

/** A lost file (damaged or missing) that no copy could replace and `recover` could not rebuild. */
export class LostFileError extends Error {
  constructor(
    readonly path: string,
    /** What happened to the file, as a sentence ("x.json could not be read (…). It was kept as …"). */
    readonly lost: string,
    /** Whether the damaged file was set aside just now (false: it was missing). */
    readonly setAside: boolean,
    cause: unknown,
  ) {
    super(`${lost} No earlier copy of it was found, and it could not be rebuilt: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'LostFileError';
  }
}

export interface OpenedVersionedFile<T> {
  db: DurableDb<T>;
  adapter: DurableJsonFile<T>;
  /** What happened while opening, for the user (a restore, a recovery or a migration). */
  notices: string[];
}

/**
 * Opens a lowdb file that carries `schemaVersion`: creates it, migrates it
 * stepwise after a backup, refuses a newer one, and moves a damaged one aside
 * before restoring its newest good copy (or rebuilding it), so that nothing
 * the user wrote is ever overwritten.
 */
export async function openVersionedFile<T extends { schemaVersion: number }>(spec: VersionedFileSpec<T>): Promise<OpenedVersionedFile<T>> {
  const adapter = new DurableJsonFile<T>(spec.path, spec.adapter);
  const notices: string[] = [];
  let data: T | null = null;
  let lost: string;
  let setAside = false;
  try {
    const raw = await adapter.read();
    lost = `${basename(spec.path)} is missing.`;
    if (raw !== null) {
      data = await upgradeInPlace(spec, raw, notices, adapter);
    } else if (spec.create && !(await existedOnce(spec))) {
      data = spec.create();
      await adapter.write(data);
    }
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    const keptAs = await moveAside(spec.path, spec.now());
    lost = `${basename(spec.path)} could not be read (${error.reason}). It was kept as ${basename(keptAs)}.`;
    setAside = true;
  }
  if (data === null) {
    data = await replaceLostFile(spec, lost, notices).catch((error: unknown) => {
      throw new LostFileError(spec.path, lost, setAside, error);
    });
    await adapter.write(data);
  }
  return { db: new DurableDb<T>(adapter, data, spec.db), adapter, notices };
}

/**
 * Whether a missing file had been written before (it has a previous
 * generation or a backup, or other files show it existed): then it was
 * lost, not never made.
 */
async function existedOnce<T extends { schemaVersion: number }>(spec: VersionedFileSpec<T>): Promise<boolean> {
  if ((await restoreNewestGoodCopy(spec, spec.path, (await spec.backups?.()) ?? [])) !== null) return true;
  return (await spec.leftTraces?.()) ?? false;
}

/** The newest good copy of a lost file, or else what `recover` rebuilds; says which in `notices`. */
async function replaceLostFile<T extends { schemaVersion: number }>(spec: VersionedFileSpec<T>, lost: string, notices: string[]): Promise<T> {
  const restored = await restoreNewestGoodCopy(spec, spec.path, (await spec.backups?.()) ?? []);
  if (restored) {
    notices.push(`${lost} Gloss restored ${restored.copy.label}, saved ${describeTime(restored.copy.savedAt)}; only changes made after that are missing.`);
    return spec.afterRestore ? spec.afterRestore(restored.data) : restored.data;
  }
  const { data, summary } = await spec.recover();
  notices.push(`${lost} ${summary}`);
  return data;
}

async function upgradeInPlace<T extends { schemaVersion: number }>(spec: VersionedFileSpec<T>, raw: unknown, notices: string[], adapter: DurableJsonFile<T>): Promise<T> {
  const { data, fromVersion } = upgradeData(spec, raw, spec.path);
  if (fromVersion < spec.currentVersion) {
    await spec.beforeUpgrade?.(raw as Record<string, unknown>, fromVersion);
    const backup = `${spec.path}.backup-v${fromVersion}-${timestampForFileName(spec.now())}`;
    await copyFile(spec.path, backup);
    await adapter.write(data);
    notices.push(`${basename(spec.path)} was upgraded from format ${fromVersion} to ${spec.currentVersion}; the old file was kept as ${basename(backup)}.`);
  }
  return data;
}

/** Renames a damaged file out of the way, keeping it for the user; returns its new path. */
export async function moveAside(path: string, when: Date): Promise<string> {
  const target = `${path}.damaged-${timestampForFileName(when)}`;
  renameIfAllowed(path, target);
  await fsyncDirectory(dirname(path));
  return target;
}

/** An ISO time that is safe in file names on every platform (no colons). */
export function timestampForFileName(when: Date): string {
  return when.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
}

/** A moment as a user reads it in a notice: "2026-11-28 10:00 UTC". */
export function describeTime(when: Date): string {
  return `${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
