import type { StoredAnnotation } from '../../../../shared/contract';
import type { CoreContext } from '../../../context';
import { addDocument } from '../../../documents/addDocument';
import { removeForGood } from '../../../library/trashHandlers';
import { spellAsCodebook } from '../../../tags/codebook';
import { mergeCategoryNames, mergeCodebook } from './mergeCodebook';
import type { ImportPlan } from './planImport';

/** A highlight's tags spelled as the library's codebook spells them. */
function spelled(annotation: StoredAnnotation, codebook: Parameters<typeof spellAsCodebook>[0]): StoredAnnotation {
  return annotation.tags ? { ...annotation, tags: spellAsCodebook(codebook, annotation.tags) } : annotation;
}

/**
 * Writes a planned import: each document with its highlights, then the
 * codebook and the colours' names in one library write. If anything fails,
 * the documents added so far are removed again, so a failed import leaves
 * the library as it was.
 */
export async function applyImport(ctx: CoreContext, plan: ImportPlan): Promise<void> {
  const codebook = mergeCodebook(ctx.library.codebook, plan.entries);
  const added: string[] = [];
  try {
    for (const doc of plan.documents) {
      await addDocument(ctx, { id: doc.id, title: doc.title, source: doc.source, text: doc.text });
      added.push(doc.id);
      if (doc.annotations.length === 0) continue;
      await ctx.documents.update(doc.id, (data) => {
        data.annotations.push(...doc.annotations.map((annotation) => spelled(annotation, codebook)));
      });
    }
    await ctx.library.update((data) => {
      data.codebook = mergeCodebook(data.codebook, plan.entries);
      data.settings.categories = mergeCategoryNames(data.settings.categories, plan.categoryNames, plan.warnings);
    });
  } catch (error) {
    await removeForGood(ctx, added).catch(() => undefined);
    throw error;
  }
}
