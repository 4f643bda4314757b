import type { ExportDocument, ExportHighlight } from '../exportModel';
import { ANNOTATION_CONTEXT, ANNOTATION_URN, TEXT_URN } from './w3cModel';

/** One highlight as a W3C Annotation: note, tags and category as bodies; quote and position selectors on the text. */
function annotationOf(doc: ExportDocument, highlight: ExportHighlight): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (highlight.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: highlight.note, format: 'text/markdown' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  body.push({ type: 'TextualBody', purpose: 'classifying', value: highlight.category });
  if (!highlight.target) throw new Error('W3C export needs the highlights collected with their selectors.');
  const [quote, position] = highlight.target.selector;
  return {
    id: ANNOTATION_URN + highlight.id,
    type: 'Annotation',
    ...(highlight.created ? { created: highlight.created } : {}),
    ...(highlight.modified ? { modified: highlight.modified } : {}),
    motivation: highlight.note !== '' ? 'commenting' : 'highlighting',
    body,
    target: {
      source: { id: TEXT_URN + doc.textSha256, type: 'Text', format: 'text/plain', label: doc.title },
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/**
 * The highlights as a W3C Web Annotation collection (JSON-LD), in document
 * order. Nothing in it depends on when it was made, so exporting the same
 * highlights twice gives the same file.
 */
export function w3cExport(documents: readonly ExportDocument[], label: string): string {
  const items = documents.flatMap((doc) => doc.highlights.map((highlight) => annotationOf(doc, highlight)));
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
