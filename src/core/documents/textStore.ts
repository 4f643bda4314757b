import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { timestampForFileName } from '../storage/versionedFile';
import { writeFileExclusive } from '../storage/writeFileExclusive';
import { renameIfAllowed, removeIfAllowed } from '../storage/writeFence';

/**
 * Document texts, one immutable file per version (texts/<id>/v<N>.txt), kept
 * apart from annotations so saving a note never rewrites a book. A version
 * is created once and never overwritten (see writeFileExclusive).
 */
export class TextStore {
  // Versions never change once written, so the recently read ones can be kept in memory.
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly dataDir: string,
    private readonly cacheSize = 4,
  ) {}

  pathOf(documentId: string, version: number): string {
    return join(this.dataDir, 'texts', documentId, `v${version}.txt`);
  }

  /** Stores a new version; throws FileExistsError if that version exists already. */
  async write(documentId: string, version: number, text: string): Promise<void> {
    await mkdir(join(this.dataDir, 'texts', documentId), { recursive: true });
    await writeFileExclusive(this.pathOf(documentId, version), text);
    this.remember(`${documentId}/${version}`, text);
  }

  /** A version already in memory (read and checked before, or written by this process), or undefined. */
  cached(documentId: string, version: number): string | undefined {
    return this.cache.get(`${documentId}/${version}`);
  }

  async read(documentId: string, version: number): Promise<string> {
    const key = `${documentId}/${version}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const text = await readFile(this.pathOf(documentId, version), 'utf8');
    this.remember(key, text);
    return text;
  }

  /** Renames a version damaged in place to `v<N>.txt.damaged-<time>`, keeping its bytes; returns its new path. */
  async setAsideDamaged(documentId: string, version: number, when: Date): Promise<string> {
    this.forget(documentId, version);
    const target = `${this.pathOf(documentId, version)}.damaged-${timestampForFileName(when)}`;
    renameIfAllowed(this.pathOf(documentId, version), target);
    return target;
  }

  /** Drops a version from the memory cache (its file was replaced). */
  forget(documentId: string, version: number): void {
    this.cache.delete(`${documentId}/${version}`);
  }

  /**
   * Removes a version that no document names: one just written by a save
   * whose document file could not be written.
   */
  async removeUnused(documentId: string, version: number): Promise<void> {
    this.cache.delete(`${documentId}/${version}`);
    await removeIfAllowed(this.pathOf(documentId, version));
  }

  /**
   * Renames a version that no document names, left by a save that was cut
   * off, out of the way of the next save (`v<N>.txt.unsaved-<time>`), keeping
   * its bytes; returns its new path.
   */
  async setAsideUnused(documentId: string, version: number, when: Date): Promise<string> {
    this.cache.delete(`${documentId}/${version}`);
    const target = `${this.pathOf(documentId, version)}.unsaved-${timestampForFileName(when)}`;
    renameIfAllowed(this.pathOf(documentId, version), target);
    return target;
  }

  private remember(key: string, text: string): void {
    this.cache.delete(key);
    this.cache.set(key, text);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
