import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { VersionedFileSpec } from '../versionedFileSpec';

const Data = z.strictObject({ schemaVersion: z.literal(3), notes: z.array(z.string()) });
type Data = z.infer<typeof Data>;

/** A new folder for a versioned `file.json`, and that file's spec. */
export interface VersionedFileSandbox {
  dir: string;
  /** The spec of `file.json` (format 3, migrated from 1 and 2, rebuilt by `recover` as ['recovered']), with any of its parts replaced. */
  spec: (overrides?: Partial<VersionedFileSpec<Data>>) => VersionedFileSpec<Data>;
}

/** Makes a new folder for a versioned file test. */
export async function versionedFileSandbox(): Promise<VersionedFileSandbox> {
  const dir = await mkdtemp(join(tmpdir(), 'gloss-versioned-'));
  const spec = (overrides: Partial<VersionedFileSpec<Data>> = {}): VersionedFileSpec<Data> => ({
    path: join(dir, 'file.json'),
    currentVersion: 3,
    schema: Data,
    migrations: {
      1: ({ note, ...rest }) => ({ ...rest, notes: [note] }),
      2: (data) => ({ ...data, notes: (data['notes'] as string[]).map((n) => n.toUpperCase()) }),
    },
    create: () => ({ schemaVersion: 3, notes: [] }),
    recover: async () => ({ data: { schemaVersion: 3, notes: ['recovered'] }, summary: 'Rebuilt.' }),
    now: () => new Date('2026-11-28T10:00:00.000Z'),
    ...overrides,
  });
  return { dir, spec };
}
