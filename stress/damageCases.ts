import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_FILE_VERSION } from '../src/core/documents/documentFile';
import type { DamagedLibraryTemplate } from './damagedLibrary';
import { damageFile, JSON_DAMAGES, TEXT_DAMAGES, type Damage } from './fileDamage';

/** What Gloss must do about a damaged file when it starts. */
export type Expectation =
  /** Set aside (kept, never overwritten), its newest good copy restored, and a notice that names `names` and says it was restored. */
  | { kind: 'restored'; names: string; highlightsFrom?: (dataDir: string) => Promise<Map<string, string>> }
  /** Gloss does not start, says `message`, and leaves the file as it was. */
  | { kind: 'refused to start'; message: RegExp }
  /** Only that document cannot be opened, with `problem` as the reason; its file is left as it was. */
  | { kind: 'document broken'; problem: RegExp; untouched: boolean }
  /** A file of no lasting value (notices) is set aside and started afresh, with a notice saying so when it was damaged. */
  | { kind: 'started afresh'; notice: RegExp | null }
  /** A snapshot file: left as it is, and the snapshot is no longer offered, or its restore is refused and changes nothing. */
  | { kind: 'passed over'; snapshotId: string }
  /** Nothing the user would notice (a damaged lock record left by a crash). */
  | { kind: 'no effect' }
  /**
   * A known gap: damage Gloss cannot see, listed rather than failed; the
   * highlights must still be kept, and everything else must still work.
   * (None today: texts damaged in place were one until their stored length
   * and hash were checked on read.)
   */
  | { kind: 'known gap' };

/** One file damaged one way, in a fresh copy of the template. */
export interface DamageCase {
  /** The damaged file, relative to the data directory. */
  path: string;
  /** What was damaged, as problems name it (the path, or more than one file). */
  file: string;
  damage: Damage | 'damaged with its earlier copies';
  expect: Expectation;
  /** The document the file belongs to: every other document must open untouched. */
  documentId: string | null;
  /** Damages the copy; returns the damaged bytes, which must be kept somewhere (null: nothing to keep). */
  apply(dataDir: string): Promise<Buffer | null>;
}

/** Valid JSON that is not a valid file of its kind. */
const wrongShape = {
  library: (data: Record<string, unknown>) => ({ ...data, documents: (data['documents'] as object[]).map((doc, n) => (n === 0 ? { ...doc, title: 42 } : doc)) }),
  document: (data: Record<string, unknown>) => ({ ...data, title: 42 }),
  notices: (data: Record<string, unknown>) => ({ ...data, notices: 42 }),
  manifest: (data: Record<string, unknown>) => ({ ...data, takenAt: 42 }),
  owner: (data: Record<string, unknown>) => ({ ...data, pid: 'not a number' }),
};

/** What a start-up refusal for a newer file says. */
const NEWER = /was written by a newer version of Gloss \(format 999; this version reads up to \d+\)\. Update Gloss to open it\. The file was left untouched\./;

/** The highlights (id → note) a document file holds. */
export async function highlightsInFile(path: string): Promise<Map<string, string>> {
  const data = JSON.parse(await readFile(path, 'utf8')) as { annotations: { id: string; note: string }[] };
  return new Map(data.annotations.map((a) => [a.id, a.note]));
}

/**
 * Every kind of file Gloss keeps, damaged every way that applies: the
 * library index (settings live in it), a document file, the current text of
 * a document, the notices, the lock record a crash leaves, and a snapshot's
 * files; plus a document file damaged together with its earlier copies.
 */
export function damageCases(template: DamagedLibraryTemplate): DamageCase[] {
  const [, minsk, field] = template.documents;
  const [newest, older] = template.snapshots as [string, string];
  const one = (file: string, damages: readonly Damage[], reshape: (data: Record<string, unknown>) => unknown, expect: (damage: Damage) => Expectation, documentId: string | null = null): DamageCase[] =>
    damages.map((damage) => ({ path: file, file, damage, expect: expect(damage), documentId, apply: (dataDir) => damageFile(join(dataDir, file), damage, reshape) }));
  const documentFile = `documents/${minsk.id}.json`;
  const fieldText = `texts/${field.id}/v${field.textVersion}.txt`;
  return [
    ...one('library.json', JSON_DAMAGES, wrongShape.library, (damage) =>
      damage === 'newer version' ? { kind: 'refused to start', message: NEWER } : { kind: 'restored', names: 'library.json' },
    ),
    ...one(documentFile, JSON_DAMAGES, wrongShape.document, (damage) =>
      damage === 'newer version'
        ? { kind: 'document broken', problem: new RegExp(`^it was saved by a newer version of Gloss \\(file format 999; this version reads up to ${DOCUMENT_FILE_VERSION}\\)\\. Update Gloss to open it; its file was left untouched\\.$`), untouched: true }
        : { kind: 'restored', names: `${minsk.id}.json` },
      minsk.id,
    ),
    // Deleted or damaged in place (told by its stored length and hash), a text comes back from the snapshots' shared copy.
    ...one(fieldText, TEXT_DAMAGES, (data) => data, () => ({ kind: 'restored', names: `The text of "${field.title}" (version ${field.textVersion})` }), field.id),
    ...one('notices.json', JSON_DAMAGES, wrongShape.notices, (damage) =>
      damage === 'newer version'
        ? { kind: 'refused to start', message: NEWER }
        : { kind: 'started afresh', notice: damage === 'deleted' ? null : /^notices\.json could not be read .*It was kept as notices\.json\.damaged-.*Notices not yet dismissed may have been lost\.$/ },
    ),
    ...JSON_DAMAGES.map((damage): DamageCase => ({
      path: 'gloss.lock.owner.json',
      file: 'gloss.lock.owner.json (left by a crash an hour ago)',
      damage,
      expect: { kind: 'no effect' },
      documentId: null,
      apply: async (dataDir) => {
        await leaveCrashedLock(dataDir);
        return damageFile(join(dataDir, 'gloss.lock.owner.json'), damage, wrongShape.owner);
      },
    })),
    ...one(`backups/${newest}/library.json`, JSON_DAMAGES, wrongShape.library, () => ({ kind: 'passed over', snapshotId: newest })),
    ...one(`backups/${newest}/${documentFile}`, JSON_DAMAGES, wrongShape.document, () => ({ kind: 'passed over', snapshotId: newest })),
    ...one(`backups/${newest}/snapshot.json`, JSON_DAMAGES, wrongShape.manifest, () => ({ kind: 'passed over', snapshotId: newest })),
    {
      path: documentFile,
      file: `${documentFile}, its .prev and its copy in the newest snapshot`,
      damage: 'damaged with its earlier copies',
      expect: { kind: 'restored', names: `${minsk.id}.json`, highlightsFrom: (dataDir) => highlightsInFile(join(dataDir, 'backups', older, documentFile)) },
      documentId: minsk.id,
      apply: async (dataDir) => {
        await writeFile(join(dataDir, `${documentFile}.prev`), '{"schemaVersion":3,');
        await writeFile(join(dataDir, 'backups', newest, documentFile), '');
        return damageFile(join(dataDir, documentFile), 'truncated', wrongShape.document);
      },
    },
    {
      path: fieldText,
      file: `${fieldText} and every snapshot's copy`,
      damage: 'deleted',
      expect: { kind: 'document broken', problem: new RegExp(`^its text \\(version ${field.textVersion}\\) is missing from the data folder\\.$`), untouched: false },
      documentId: field.id,
      apply: async (dataDir) => {
        for (const id of template.snapshots) await rm(join(dataDir, 'backups', id, fieldText), { force: true });
        await rm(join(dataDir, fieldText));
        return null;
      },
    },
  ];
}

/** What kill -9 leaves: the lock folder and the owner record of a process that is gone, here an hour old. */
async function leaveCrashedLock(dataDir: string): Promise<void> {
  const deadPid = spawnSync('true').pid!;
  const anHourAgo = new Date(Date.now() - 3_600_000);
  await mkdir(join(dataDir, 'gloss.lock'));
  await utimes(join(dataDir, 'gloss.lock'), anHourAgo, anHourAgo);
  await writeFile(join(dataDir, 'gloss.lock.owner.json'), JSON.stringify({ pid: deadPid, hostname: hostname(), token: 'crashed', since: anHourAgo.toISOString() }));
}
