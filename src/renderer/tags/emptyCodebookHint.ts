import { actionById } from '../../shared/actions';
import { keysInWords } from '../actions/keyHints';

/** The action that tags the selected highlight, whose key the empty codebook names. */
const TAG_HIGHLIGHT_ACTION = 'highlights.tag';

/**
 * What an empty codebook says to do, with the key read from the action list
 * (so a changed key cannot leave a stale hint): "No tags yet: select a
 * highlight and press T to tag it."
 */
export function emptyCodebookHint(mac?: boolean): string {
  const action = actionById(TAG_HIGHLIGHT_ACTION);
  if (action && action.keys.length > 0) return `No tags yet: select a highlight and press ${keysInWords(action.id, mac)} to tag it. Cards take tags in the card browser.`;
  return 'No tags yet: select a highlight and give it tags in the annotation panel, or tag a card in the card browser.';
}
