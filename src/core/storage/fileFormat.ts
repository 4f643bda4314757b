import { basename } from 'node:path';
import type { z } from 'zod';
import { DamagedFileError } from './durableJsonFile';

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

/** How to read one kind of versioned file: its current format, its schema and the steps up to it. */
export interface FileFormat<T extends { schemaVersion: number }> {
  currentVersion: number;
  schema: z.ZodType<T>;
  migrations: Migrations;
}

/**
 * Brings a file's parsed content to the current format in memory, stepwise,
 * and validates it. Throws DamagedFileError for content that is not a valid
 * file of this kind, NewerSchemaError for one from a newer Gloss.
 */
export function upgradeData<T extends { schemaVersion: number }>(format: FileFormat<T>, raw: unknown, path: string): { data: T; fromVersion: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DamagedFileError(path, 'it does not hold a JSON object');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DamagedFileError(path, 'it has no valid schemaVersion');
  }
  if (version > format.currentVersion) throw new NewerSchemaError(path, version, format.currentVersion);
  let migrated = raw as Record<string, unknown>;
  for (let from = version; from < format.currentVersion; from++) {
    const step = format.migrations[from];
    if (!step) throw new Error(`No migration from format ${from} of ${basename(path)}`);
    migrated = { ...step(migrated), schemaVersion: from + 1 };
  }
  const parsed = format.schema.safeParse(migrated);
  if (!parsed.success) {
    throw new DamagedFileError(path, `its content is not valid (${parsed.error.issues[0]?.message ?? 'unknown problem'} at ${parsed.error.issues[0]?.path.join('.') || 'top level'})`);
  }
  return { data: parsed.data, fromVersion: version };
}
