import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/writeFileAtomic';

/**
 * Document texts, one immutable file per version (texts/<id>/v<N>.txt), kept
 * apart from annotations so saving a note never rewrites a book.
 */
export class TextStore {
  constructor(private readonly dataDir: string) {}

  pathOf(documentId: string, version: number): string {
    return join(this.dataDir, 'texts', documentId, `v${version}.txt`);
  }

  async write(documentId: string, version: number, text: string): Promise<void> {
    await mkdir(join(this.dataDir, 'texts', documentId), { recursive: true });
    await writeFileAtomic(this.pathOf(documentId, version), text);
  }

  read(documentId: string, version: number): Promise<string> {
    return readFile(this.pathOf(documentId, version), 'utf8');
  }
}
