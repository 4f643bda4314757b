import { z } from 'zod';
import { MAX_TAGS_PER_ITEM, tagProblem, tidyTag } from '../tags/tagName';

/**
 * A tag as a caller gives it: tidied (spaces collapsed, empty levels of its
 * path dropped) and refused with a sentence when it cannot be a tag.
 */
export const Tag = z.string().transform((raw, ctx) => {
  const tag = tidyTag(raw);
  const problem = tagProblem(tag);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return tag;
});

/** A list of tags on one highlight or card (the core removes case-insensitive duplicates). */
export const TagList = z.array(Tag).max(MAX_TAGS_PER_ITEM, `a highlight or card carries at most ${MAX_TAGS_PER_ITEM} tags`);

