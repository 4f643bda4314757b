import { StoredAnnotation } from '../../shared/contract';
import type { CoreContext } from '../context';
import { buildTarget } from './buildTarget';

/**
 * Records where re-anchoring found highlights whose stored position no
 * longer matched, so the next open finds them at once.
 */
export async function persistMovedAnchors(
  ctx: CoreContext,
  documentId: string,
  text: string,
  textVersion: number,
  moved: readonly { id: string; start: number; end: number }[],
): Promise<void> {
  const byId = new Map(moved.map((entry) => [entry.id, entry]));
  await ctx.documents.update(documentId, (doc) => {
    doc.annotations = doc.annotations.map((raw) => {
      const parsed = StoredAnnotation.safeParse(raw);
      const found = parsed.success ? byId.get(parsed.data.id) : undefined;
      return parsed.success && found ? { ...parsed.data, target: buildTarget(text, textVersion, found.start, found.end) } : raw;
    });
  });
}
