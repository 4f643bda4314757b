import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextStructure } from '../../shared/text/blocks';
import { errnoCode } from '../storage/errno';
import { timestampForFileName } from '../storage/versionedFile';
import { writeFileExclusive } from '../storage/writeFileExclusive';
import { renameIfAllowed, removeIfAllowed } from '../storage/writeFence';

/**
 * A text version's structure (headings, lists, quotes, speaker turns, marks)
 * lives beside its text as texts/<id>/v<N>.blocks.json: immutable like the
 * text, and written only for versions that have one. It is layout, not
 * content: when it is missing or damaged the document still opens, as plain
 * paragraphs, with every highlight in place.
 */

/** A structure file's path relative to the data directory. */
export function structureRelativePath(id: string, version: number): string {
  return `texts/${id}/v${version}.blocks.json`;
}

/** The serialised structure and its SHA-256, recorded in the text version so damage can be told. */
export function serializeStructure(structure: TextStructure): { json: string; sha256: string } {
  const json = JSON.stringify(structure);
  return { json, sha256: createHash('sha256').update(json).digest('hex') };
}

/** Stores a version's structure; throws FileExistsError if that version has one already. */
export async function writeStructure(dataDir: string, id: string, version: number, json: string): Promise<void> {
  await mkdir(join(dataDir, 'texts', id), { recursive: true });
  await writeFileExclusive(join(dataDir, ...structureRelativePath(id, version).split('/')), json);
}

/** Renames a version's structure that no document names, left by a save that was cut off, out of the way (`…blocks.json.unsaved-<time>`). */
export async function setAsideStructure(dataDir: string, id: string, version: number, when: Date): Promise<void> {
  const path = join(dataDir, ...structureRelativePath(id, version).split('/'));
  renameIfAllowed(path, `${path}.unsaved-${timestampForFileName(when)}`);
}

/** Removes a version's structure written by a save that then failed. */
export async function removeStructure(dataDir: string, id: string, version: number): Promise<void> {
  await removeIfAllowed(join(dataDir, ...structureRelativePath(id, version).split('/')));
}

/** What reading a structure found: the blocks, or why there are none to show. */
export type StructureRead = { structure: TextStructure } | { structure: null; problem: 'missing' | 'damaged' };

/** Reads a version's structure, checking it against the hash its version recorded. */
export async function readStructure(dataDir: string, id: string, version: number, sha256: string): Promise<StructureRead> {
  let json: string;
  try {
    json = await readFile(join(dataDir, ...structureRelativePath(id, version).split('/')), 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { structure: null, problem: 'missing' };
    throw error;
  }
  if (createHash('sha256').update(json).digest('hex') !== sha256) return { structure: null, problem: 'damaged' };
  try {
    const parsed = TextStructure.safeParse(JSON.parse(json));
    return parsed.success ? { structure: parsed.data } : { structure: null, problem: 'damaged' };
  } catch {
    return { structure: null, problem: 'damaged' };
  }
}
