import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/writeFileAtomic';

/**
 * Document texts, one immutable file per version (texts/<id>/v<N>.txt), kept
 * apart from annotations so saving a note never rewrites a book.
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

  async write(documentId: string, version: number, text: string): Promise<void> {
    await mkdir(join(this.dataDir, 'texts', documentId), { recursive: true });
    await writeFileAtomic(this.pathOf(documentId, version), text);
    this.remember(`${documentId}/${version}`, text);
  }

  async read(documentId: string, version: number): Promise<string> {
    const key = `${documentId}/${version}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const text = await readFile(this.pathOf(documentId, version), 'utf8');
    this.remember(key, text);
    return text;
  }

  private remember(key: string, text: string): void {
    this.cache.delete(key);
    this.cache.set(key, text);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
  }
}
