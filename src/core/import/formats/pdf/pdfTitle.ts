import { cleanText } from './cleanText';

/** Producers that put their own name before the file's: "Microsoft Word - report.docx". */
const PRODUCER_PREFIX = /^(?:microsoft\s+(?:word|powerpoint|excel)|word|powerpoint|excel)\s*-\s*/i;
/** A bare file name: what many tools write when the author gave no title. */
const FILE_NAME = /^[^\s/\\]+\.(?:docx?|odt|rtf|pages|pptx?|xlsx?|pdf|tex|dvi|ps|indd|qxd|txt|html?|md)$/i;
/** Placeholders that say nothing about the document. */
const PLACEHOLDER = /^(?:untitled(?:\s*\d*)?|no\s+title|title|document\d*|unknown|none|null|\(?anonymous\)?)$/i;

/**
 * The title a PDF's metadata gives, if it is meaningful: without a
 * producer's "Microsoft Word - " prefix, and not a file name or a placeholder.
 */
export function meaningfulTitle(metadataTitle: unknown): string | undefined {
  if (typeof metadataTitle !== 'string') return undefined;
  const title = cleanText(metadataTitle).replace(PRODUCER_PREFIX, '');
  if (!/\p{L}/u.test(title) || FILE_NAME.test(title) || PLACEHOLDER.test(title)) return undefined;
  return title.slice(0, 500);
}
