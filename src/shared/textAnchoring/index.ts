/** Text anchoring: describing a highlight by quote and position, and finding it again after edits. */
export { anchorAll } from './anchorAll';
export { anchorSelectors, DEFAULT_WINDOW_SIZE, type Anchor, type AnchorMethod, type AnchorOptions } from './anchorSelectors';
export { CONTEXT_LENGTH, describeRange, type PositionSelector, type QuoteSelector, type TextSelectors } from './selectors';
export { snapRange } from './snapRange';
