import { anchorAll, type TextSelectors } from '../../shared/textAnchoring';
import { StoredAnnotation, type AnnotationDetachment, type AnnotationView, type CategoryId } from '../../shared/contract';

/** Stored selectors in the shape the anchoring code works with. */
export function selectorsOf(annotation: Pick<StoredAnnotation, 'target'>): TextSelectors {
  const [quote, position] = annotation.target.selector;
  return { quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }, position: { start: position.start, end: position.end } };
}

/** The view of a stored highlight at a known place (or as an orphan). */
export function viewOf(annotation: StoredAnnotation, anchor: { start: number; end: number } | null, orphanReason: string | null = null): AnnotationView {
  return {
    id: annotation.id,
    created: annotation.created,
    modified: annotation.modified,
    color: annotation.color,
    note: annotation.note,
    quote: annotation.target.selector[0].exact,
    tags: annotation.tags ?? [],
    anchor,
    orphanReason: anchor ? null : (orphanReason ?? 'Its text no longer appears in this version of the document.'),
  };
}

/** What the user reads about a highlight whose words are known to be gone. */
function detachedReason(detached: AnnotationDetachment): string {
  return detached.reason === 'deleted' ? `Its words were deleted in version ${detached.textVersion} of the text.` : detached.detail;
}

/** An entry that is not a valid highlight at all, kept visible as an orphan so its note is never lost. */
function malformedView(raw: unknown, index: number, problem: string): AnnotationView {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const quote = (record['target'] as { selector?: { exact?: unknown }[] } | undefined)?.selector?.[0]?.exact;
  const color = ['c1', 'c2', 'c3', 'c4', 'c5'].includes(record['color'] as string) ? (record['color'] as CategoryId) : 'c1';
  return {
    id: text(record['id']) || `malformed-${index}`,
    created: null,
    modified: null,
    color,
    note: text(record['note']),
    quote: text(quote) || '(no quote stored)',
    tags: Array.isArray(record['tags']) ? record['tags'].filter((tag): tag is string => typeof tag === 'string') : [],
    anchor: null,
    orphanReason: `Its stored selectors are malformed (${problem}).`,
  };
}

/**
 * Places every stored highlight in the current text. Valid entries are
 * re-anchored together (position first, then exact and fuzzy search);
 * malformed ones become orphans that say why. Returns the views in document
 * order (orphans last) and the highlights whose stored position moved.
 */
export function viewAnnotations(text: string, rawAnnotations: readonly unknown[]): { views: AnnotationView[]; moved: { id: string; start: number; end: number }[] } {
  const valid: StoredAnnotation[] = [];
  const orphans: AnnotationView[] = [];
  rawAnnotations.forEach((raw, index) => {
    const parsed = StoredAnnotation.safeParse(raw);
    if (parsed.success && parsed.data.detached) orphans.push(viewOf(parsed.data, null, detachedReason(parsed.data.detached)));
    else if (parsed.success) valid.push(parsed.data);
    else orphans.push(malformedView(raw, index, `${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.') || 'top level'}`));
  });
  const anchors = anchorAll(text, valid.map(selectorsOf));
  const placed: AnnotationView[] = [];
  const moved: { id: string; start: number; end: number }[] = [];
  valid.forEach((annotation, i) => {
    const anchor = anchors[i] ?? null;
    if (!anchor) {
      orphans.push(viewOf(annotation, null));
      return;
    }
    const [, position] = annotation.target.selector;
    if (anchor.start !== position.start || anchor.end !== position.end) moved.push({ id: annotation.id, start: anchor.start, end: anchor.end });
    placed.push(viewOf(annotation, { start: anchor.start, end: anchor.end }));
  });
  placed.sort((a, b) => a.anchor!.start - b.anchor!.start || a.anchor!.end - b.anchor!.end);
  return { views: [...placed, ...orphans], moved };
}
