import { actionById, type Action } from '../../shared/actions';
import { IS_MAC, keysOf } from '../actions/keyHints';

/** The action that tags the selected highlight, whose key the empty codebook names. */
const TAG_HIGHLIGHT_ACTION = 'highlights.tags';

/**
 * What an empty codebook says to do, with the key read from the action list
 * (so a changed key cannot leave a stale hint): "No tags yet: select a
 * highlight and press T to tag it."
 */
export function emptyCodebookHint(action: Action | undefined = actionById(TAG_HIGHLIGHT_ACTION), mac = IS_MAC): string {
  if (action && action.keys.length > 0) return `No tags yet: select a highlight and press ${keysOf(action, mac).join(' or ')} to tag it. Cards take tags in the card browser.`;
  return 'No tags yet: select a highlight and give it tags in the annotation panel, or tag a card in the card browser.';
}
