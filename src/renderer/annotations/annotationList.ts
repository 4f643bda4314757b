import type { AnnotationView } from '../../shared/contract';

/** Document order: by start, then end; orphans last. */
export function compareViews(a: AnnotationView, b: AnnotationView): number {
  if (!a.anchor || !b.anchor) return a.anchor ? -1 : b.anchor ? 1 : 0;
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
}

/** Views sorted in document order, orphans last. */
export function inDocumentOrder(views: readonly AnnotationView[]): AnnotationView[] {
  return [...views].sort(compareViews);
}

/** The list with one view put in (or replaced) at its place, by binary search rather than a full sort. */
export function withView(list: readonly AnnotationView[], view: AnnotationView): AnnotationView[] {
  const rest = list.filter((a) => a.id !== view.id);
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareViews(rest[mid]!, view) <= 0) low = mid + 1;
    else high = mid;
  }
  rest.splice(low, 0, view);
  return rest;
}
