/**
 * User Timing marks around opening a document, visible in the browser's
 * performance tools and read by `npm run bench`:
 *   gloss:open:<id>  from the moment the text arrived to the first painted frame.
 */
const TEXT_READY = 'gloss:text-ready:';

/** Marks that a document's text has arrived from the core. */
export function markTextReady(documentId: string): void {
  performance.mark(TEXT_READY + documentId);
}

/** Measures text-ready → first frame once the frame after this call has been painted. */
export function markReaderFirstFrame(documentId: string): void {
  requestAnimationFrame(() => {
    // A task queued from a frame callback runs after that frame is painted.
    setTimeout(() => {
      if (performance.getEntriesByName(TEXT_READY + documentId, 'mark').length === 0) return;
      performance.measure(`gloss:open:${documentId}`, TEXT_READY + documentId);
      performance.clearMarks(TEXT_READY + documentId);
    });
  });
}
