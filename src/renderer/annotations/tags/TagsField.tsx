import { useState, type Ref } from 'react';
import { tagKey } from '../../../shared/tags/tagName';
import { keyHint, keysInWords } from '../../actions/keyHints';
import { TagCombobox, type TagFieldHandle } from './TagCombobox';
import { addTypedTags } from './typedTags';
import { refreshCodebook, useCodebook } from './useCodebook';

/** T, from the action list: shown beside the label and told to screen readers. */
const TAGS_KEY = { shown: keysInWords('highlights.tags'), aria: keyHint('highlights.tags', 'Tags')['aria-keyshortcuts'] ?? '' };

interface TagsFieldProps {
  /** The highlight's tags as shown. */
  tags: readonly string[];
  /**
   * Its tags as stored or being stored now: the shown ones follow a frame
   * later, and a tag typed right after another must add to both.
   */
  latestTags: () => readonly string[];
  handleRef: Ref<TagFieldHandle>;
  /** Stores the whole new list, resolving to whether it was stored; a refusal comes back through `report`. */
  onTags: (tags: string[], report: (problem: string) => void) => Promise<boolean>;
  /** Esc in the field: back to the text. */
  onLeave: () => void;
}

/**
 * The selected highlight's tags: chips, and a field that adds more with
 * suggestions from the library's codebook. Each change stores the whole list
 * through the highlight's write queue (one undo step each, like a colour);
 * what the rules refuse is said under the field, before or after the core.
 */
export function TagsField({ tags, latestTags, handleRef, onTags, onLeave }: TagsFieldProps) {
  const codebook = useCodebook();
  const [problem, setProblem] = useState<string | null>(null);
  const store = (next: string[]): void => {
    setProblem(null);
    // A new tag is in the codebook once stored: the filter and the next highlight can offer it.
    void onTags(next, setProblem).then((stored) => stored && refreshCodebook());
  };
  return (
    <TagCombobox
      id="highlight-tags"
      label="Tags"
      chipsLabel="Tags of this highlight"
      placeholder={tags.length > 0 ? 'Add another tag…' : 'Add a tag…'}
      tags={tags}
      codebook={codebook.names}
      problem={problem}
      handleRef={handleRef}
      onFocus={codebook.refresh}
      onAddTyped={(typed) => {
        const result = addTypedTags(typed, latestTags(), codebook.names);
        if (result.added.length > 0) store(result.tags);
        setProblem(result.problem);
        return result.added;
      }}
      onPick={(tag) => store([...latestTags(), tag])}
      onRemove={(tag) => store(latestTags().filter((own) => tagKey(own) !== tagKey(tag)))}
      onRemoveLast={() => {
        const current = latestTags();
        const last = current[current.length - 1];
        if (last === undefined) return null;
        store(current.slice(0, -1));
        return last;
      }}
      onEscape={() => {
        onLeave();
        return true;
      }}
      shortcut={TAGS_KEY}
      hint="Enter adds; “place/Minsk” files a tag under “place”. Backspace removes the last."
    />
  );
}
