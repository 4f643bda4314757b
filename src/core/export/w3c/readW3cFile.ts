import { ANNOTATION_URN, W3cAnnotation, W3cFile, type W3cBody } from './w3cModel';

/** One annotation of a W3C file, as much as Gloss can use of it. */
export interface W3cHighlight {
  /** The Gloss id it had, when the file came from Gloss and the id is usable. */
  id: string | null;
  created: string | null;
  modified: string | null;
  note: string;
  tags: string[];
  /** The colour category's name (a classifying body). */
  category: string | null;
  /** The target's source: an IRI (`urn:sha256:…` from Gloss), and its label. */
  source: string;
  sourceLabel: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
}

/** What a W3C file held: the annotations Gloss can read, and a sentence for each it could not. */
export interface W3cReading {
  highlights: W3cHighlight[];
  problems: string[];
}

const GLOSS_ID = /^[a-z0-9-]{1,64}$/;
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isoOrNull = (value: string | undefined): string | null => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null);

/** The annotations of a W3C file, in its order; entries Gloss cannot read are reported, not fatal. */
export function readW3cFile(json: string): W3cReading {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`The file is not JSON (${(error as Error).message}).`, { cause: error });
  }
  const file = W3cFile.safeParse(data);
  if (!file.success) throw new Error('The file is not a W3C Web Annotation collection, page or annotation.');
  const items = Array.isArray(file.data) ? file.data : 'first' in file.data ? file.data.first.items : 'items' in file.data ? file.data.items : [file.data];
  const highlights: W3cHighlight[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const parsed = W3cAnnotation.safeParse(item);
    if (!parsed.success) {
      problems.push(`Annotation ${index + 1} is not a valid W3C annotation (${parsed.error.issues[0]?.path.join('.') || 'shape'}: ${parsed.error.issues[0]?.message}).`);
      return;
    }
    const read = readAnnotation(parsed.data);
    if (typeof read === 'string') problems.push(`Annotation ${index + 1}: ${read}`);
    else highlights.push(read);
  });
  return { highlights, problems };
}

/** One annotation read, or why it cannot be used. */
function readAnnotation(annotation: W3cAnnotation): W3cHighlight | string {
  const target = asList(annotation.target)[0];
  if (target === undefined || typeof target === 'string') return 'its target names no selector, so it points at a whole document, not at words in it.';
  const selectors = asList(target.selector);
  const quote = selectors.find((s): s is { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string } => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is { type: 'TextPositionSelector'; start: number; end: number } => s.type === 'TextPositionSelector');
  if (!quote && !position) return 'it has neither a TextQuoteSelector nor a TextPositionSelector.';
  if (position && position.end <= position.start) return 'its TextPositionSelector ends before it starts.';
  const bodies = asList(annotation.body) as W3cBody[];
  const valuesFor = (purpose: string) => bodies.filter((body) => body.purpose === purpose && typeof body.value === 'string').map((body) => body.value!);
  const ownId = annotation.id?.startsWith(ANNOTATION_URN) ? annotation.id.slice(ANNOTATION_URN.length) : null;
  const source = typeof target.source === 'string' ? { id: target.source } : target.source;
  return {
    id: ownId && GLOSS_ID.test(ownId) ? ownId : null,
    created: isoOrNull(annotation.created),
    modified: isoOrNull(annotation.modified),
    note: valuesFor('commenting').join('\n\n'),
    tags: valuesFor('tagging'),
    category: valuesFor('classifying')[0] ?? null,
    source: source.id,
    sourceLabel: 'label' in source && source.label ? source.label : null,
    quote: quote ? { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } : null,
    position: position ? { start: position.start, end: position.end } : null,
  };
}
