import { copyFile, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { DamagedFileError, DurableJsonFile } from './durableJsonFile';
import { fsyncDirectory } from './writeFileAtomic';

/** A file written by a newer Gloss: refused, and never rewritten. */
export class NewerSchemaError extends Error {
  constructor(
    readonly path: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `${basename(path)} was written by a newer version of Gloss (format ${found}; this version reads up to ${supported}). ` +
        'Update Gloss to open it. The file was left untouched.',
    );
    this.name = 'NewerSchemaError';
  }
}

/** Upgrades a file's data from version N (the key) to N + 1. */
export type Migrations = Record<number, (data: Record<string, unknown>) => Record<string, unknown>>;

export interface VersionedFileSpec<T extends { schemaVersion: number }> {
  path: string;
  currentVersion: number;
  schema: z.ZodType<T>;
  migrations: Migrations;
  /** Data for a file that does not exist yet. */
  create: () => T;
  /** Data rebuilt for a file that was damaged, with a sentence saying what was recovered. */
  recover: () => Promise<{ data: T; summary: string }>;
  now: () => Date;
}

export interface OpenedVersionedFile<T> {
  db: Low<T>;
  adapter: DurableJsonFile<T>;
  /** What happened while opening, for the user (a recovery or a migration). */
  notices: string[];
}

/**
 * Opens a lowdb file that carries `schemaVersion`: creates it, migrates it
 * stepwise after a backup, refuses a newer one, and moves a damaged one aside
 * before recovering, so that nothing the user wrote is ever overwritten.
 */
export async function openVersionedFile<T extends { schemaVersion: number }>(
  spec: VersionedFileSpec<T>,
): Promise<OpenedVersionedFile<T>> {
  const adapter = new DurableJsonFile<T>(spec.path);
  const notices: string[] = [];
  let data: T;
  try {
    const raw = await adapter.read();
    if (raw === null) {
      data = spec.create();
      await adapter.write(data);
    } else {
      const upgraded = await upgrade(spec, raw, notices);
      data = upgraded.data;
      if (upgraded.migrated) await adapter.write(data);
    }
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    const keptAs = await moveAside(spec.path, spec.now());
    const { data: recovered, summary } = await spec.recover();
    data = recovered;
    await adapter.write(data);
    notices.push(`${basename(spec.path)} could not be read (${error.reason}). It was kept as ${basename(keptAs)}. ${summary}`);
  }
  const db = new Low<T>(adapter, data);
  db.data = data;
  return { db, adapter, notices };
}

async function upgrade<T extends { schemaVersion: number }>(
  spec: VersionedFileSpec<T>,
  raw: unknown,
  notices: string[],
): Promise<{ data: T; migrated: boolean }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DamagedFileError(spec.path, 'it does not hold a JSON object');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DamagedFileError(spec.path, 'it has no valid schemaVersion');
  }
  if (version > spec.currentVersion) throw new NewerSchemaError(spec.path, version, spec.currentVersion);
  let migrated = raw as Record<string, unknown>;
  if (version < spec.currentVersion) {
    const backup = `${spec.path}.backup-v${version}-${timestampForFileName(spec.now())}`;
    await copyFile(spec.path, backup);
    for (let from = version; from < spec.currentVersion; from++) {
      const step = spec.migrations[from];
      if (!step) throw new Error(`No migration from format ${from} of ${basename(spec.path)}`);
      migrated = { ...step(migrated), schemaVersion: from + 1 };
    }
    notices.push(`${basename(spec.path)} was upgraded from format ${version} to ${spec.currentVersion}; the old file was kept as ${basename(backup)}.`);
  }
  const parsed = spec.schema.safeParse(migrated);
  if (!parsed.success) {
    throw new DamagedFileError(spec.path, `its content is not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'} at ${parsed.error.issues[0]?.path.join('.') || 'top level'})`);
  }
  return { data: parsed.data, migrated: version < spec.currentVersion };
}

/** Renames a damaged file out of the way, keeping it for the user; returns its new path. */
export async function moveAside(path: string, when: Date): Promise<string> {
  const target = `${path}.damaged-${timestampForFileName(when)}`;
  await rename(path, target);
  await fsyncDirectory(dirname(path));
  return target;
}

/** An ISO time that is safe in file names on every platform (no colons). */
export function timestampForFileName(when: Date): string {
  return when.toISOString().replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
}
