import { randomUUID } from 'node:crypto';
import type { CategoryId, StoredAnnotation } from '../../shared/contract';
import { buildTarget } from '../annotations/buildTarget';
import { currentTextVersion } from '../documents/documentFile';
import { openDataDir } from '../openCore';

export interface SeedHighlight {
  start: number;
  end: number;
  color?: CategoryId;
  note?: string;
  tags?: string[];
}

/**
 * Adds many highlights to a document in one write, for benchmarks and
 * end-to-end tests (the API writes once per highlight, as a user does).
 */
export async function seedAnnotations(dataDir: string, resourcesDir: string, documentId: string, highlights: readonly SeedHighlight[]): Promise<string[]> {
  const open = await openDataDir({ dataDir, resourcesDir, version: 'seed' });
  try {
    const { ctx } = open;
    const doc = await ctx.documents.get(documentId);
    const version = currentTextVersion(doc).version;
    const text = await ctx.documents.texts.read(documentId, version);
    const now = ctx.now().toISOString();
    const annotations: StoredAnnotation[] = highlights.map((h, i) => ({
      id: `ann-${randomUUID()}`,
      created: now,
      modified: now,
      color: h.color ?? (['c1', 'c2', 'c3', 'c4', 'c5'] as const)[i % 5]!,
      note: h.note ?? '',
      target: buildTarget(text, version, h.start, h.end),
      ...(h.tags ? { tags: h.tags } : {}),
    }));
    await ctx.documents.update(documentId, (data) => {
      data.annotations.push(...annotations);
    });
    return annotations.map((a) => a.id);
  } finally {
    await open.close();
  }
}
