import { MAX_TAGS_PER_ITEM, tagKey, tagProblem, tidyTag } from '../../../shared/tags/tagName';
import { codebookSpelling } from './tagSuggestions';

/** What adding the typed text gives: the tags now, those it added, and why anything typed was not added. */
export interface TypedTags {
  tags: string[];
  added: string[];
  problem: string | null;
}

/**
 * Adds what was typed in a tag field to a highlight's tags, by the core's
 * own rules (shared with it), so a refusal shows as the field is left rather
 * than after a round trip: each comma-separated tag tidied, refused with the
 * core's sentence when it cannot be a tag, spelled as the codebook spells it,
 * and left out when the highlight has it already (case ignored).
 */
export function addTypedTags(typed: string, current: readonly string[], codebook: readonly string[]): TypedTags {
  const tags = [...current];
  const added: string[] = [];
  let problem: string | null = null;
  const pieces = typed.split(',').map(tidyTag);
  // "a, , b" adds a and b; only a text of nothing but separators is worth a word.
  const wanted = pieces.some((piece) => piece !== '') ? pieces.filter((piece) => piece !== '') : [tidyTag(typed)];
  for (const tag of wanted) {
    const refusal = tagProblem(tag);
    const spelled = codebookSpelling(codebook, tag);
    if (refusal) problem ??= refusal;
    else if (tags.some((own) => tagKey(own) === tagKey(spelled))) problem ??= `“${spelled}” is on this highlight already.`;
    else if (tags.length >= MAX_TAGS_PER_ITEM) problem ??= `A highlight carries at most ${MAX_TAGS_PER_ITEM} tags.`;
    else {
      tags.push(spelled);
      added.push(spelled);
    }
  }
  return { tags, added, problem };
}
