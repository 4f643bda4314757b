import { randomUUID } from 'node:crypto';
import type { CategoryId, StoredAnnotation, TagEntry } from '../../../../shared/contract';
import { tagKey } from '../../../../shared/tags/tagName';
import { cleanTitle } from '../../../import/assembleDocument';
import type { ZipArchive } from '../../../import/formats/zip/zipArchive';
import { idOfGuid } from '../qdpxGuid';
import { codeTags } from './codeTags';
import { planAnnotations } from './planDocument';
import type { Project } from './projectModel';
import { ProjectNotes } from './projectNotes';
import { readSourceText } from './sourceText';

/** A document to add, with its highlights. */
export interface PlannedDocument {
  id: string;
  title: string;
  source: string;
  text: string;
  annotations: StoredAnnotation[];
}

/** Everything an import will add, worked out before anything is written. */
export interface ImportPlan {
  documents: PlannedDocument[];
  /** The project's codes as codebook entries. */
  entries: TagEntry[];
  /** What the project calls each colour. */
  categoryNames: Map<CategoryId, string>;
  codes: number;
  warnings: string[];
}

/** What planning needs to know of the library and the moment. */
export interface PlanContext {
  /** The project file's name, the source of a document whose project says none. */
  fileName: string;
  now: string;
  isDocumentIdTaken(id: string): boolean;
}

/** The longest source Gloss keeps for a document (see DocumentSummary). */
const SOURCE_LIMIT = 500;

/** A document's source: the project's description of it on one line, else the project file. */
function sourceOf(description: string | undefined, fileName: string, title: string, warnings: string[]): string {
  const line = description?.replace(/\s+/g, ' ').trim() ?? '';
  if (line.length > SOURCE_LIMIT) warnings.push(`The description of “${title}” was cut to ${SOURCE_LIMIT} characters to be its source.`);
  return line === '' ? fileName : line.slice(0, SOURCE_LIMIT);
}

/**
 * Plans an import: each text source a document (its id from its GUID unless
 * the library has that id already), its selections and notes highlights,
 * the codes tags. Sources that cannot be read are left out with a warning.
 */
export function planImport(project: Project, archive: ZipArchive, context: PlanContext): ImportPlan {
  const warnings: string[] = [];
  const codes = codeTags(project.codes, warnings);
  const entries = new Map(codes.entries.map((entry) => [tagKey(entry.name), entry]));
  const notes = new ProjectNotes(project.notes, archive, warnings);
  const documents: PlannedDocument[] = [];
  const usedIds = new Set<string>();
  project.sources.forEach((source, index) => {
    const title = cleanTitle(source.name) ?? `Source ${index + 1}`;
    const text = readSourceText(archive, source);
    if ('problem' in text || text.text.trim() === '') {
      const problem = 'problem' in text ? text.problem : 'is empty';
      warnings.push(`The source “${title}” ${problem}; it was left out with its ${source.selections.length} coded selection(s).`);
      return;
    }
    if (text.warning) warnings.push(`The source “${title}” ${text.warning}.`);
    let id = idOfGuid('document', source.guid);
    if (usedIds.has(id) || context.isDocumentIdTaken(id)) id = `doc-${randomUUID()}`;
    usedIds.add(id);
    const annotations = planAnnotations(title, source, text, { codes, entries, notes, now: context.now, warnings });
    documents.push({ id, title, source: sourceOf(source.description, context.fileName, title, warnings), text: text.text, annotations });
  });
  const others = project.otherSources.length;
  if (others > 0) warnings.push(`${others} source(s) of other kinds (${[...new Set(project.otherSources)].join(', ')}) were left out: Gloss imports text sources.`);
  if (notes.unused > 0) warnings.push(`${notes.unused} note(s) of the project belong to no source or selection; they were left out.`);
  return { documents, entries: codes.entries, categoryNames: codes.categoryNames, codes: codes.count, warnings };
}
