import { GlossError, MAX_IMPORT_BYTES, type QdpxImportResult } from '../../../../shared/contract';
import type { CoreContext } from '../../../context';
import { displayFileName } from '../../../import/fileName';
import { ZipArchive } from '../../../import/formats/zip/zipArchive';
import { ImportRefusal } from '../../../import/importedDocument';
import { applyImport } from './applyImport';
import { parseProjectXml } from './parseProjectXml';
import { planImport, type ImportPlan } from './planImport';
import { readProject } from './readProject';

/** Most warnings listed one by one; the rest are counted. */
const MAX_WARNINGS = 50;

/** project.qde, at the archive's root as the standard puts it (else its only .qde at the root). */
function projectEntry(archive: ZipArchive): string | undefined {
  if (archive.has('project.qde')) return 'project.qde';
  const candidates = archive.names.filter((name) => !name.includes('/') && name.toLowerCase().endsWith('.qde'));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Reads and plans the import, refusing (ImportRefusal) what is not a readable project. Nothing is written. */
function readAndPlan(ctx: CoreContext, name: string, bytes: Uint8Array): ImportPlan {
  // The zip is opened and read within the import's limits (entries, total size, ratio): a zip bomb is refused there.
  const archive = ZipArchive.open(bytes);
  const entry = projectEntry(archive);
  if (!entry) throw new ImportRefusal('is not a REFI-QDA project: it holds no project.qde');
  const bytesOfProject = archive.read(entry);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytesOfProject);
  } catch {
    throw new ImportRefusal('is damaged: its project.qde is not UTF-8 text');
  }
  const project = readProject(parseProjectXml(xml));
  return planImport(project, archive, {
    fileName: name,
    now: ctx.now().toISOString(),
    isDocumentIdTaken: (id) => ctx.library.summaryOf(id) !== undefined,
  });
}

/**
 * Imports a REFI-QDA project (.qdpx): checks and plans all of it first, then
 * writes (see applyImport). A file that is not a readable project is refused
 * with its name and the reason, and the library stays as it was.
 */
export async function importQdpx(ctx: CoreContext, fileName: string, bytes: Uint8Array): Promise<QdpxImportResult> {
  const name = displayFileName(fileName);
  const refuse = (reason: string): never => {
    throw new GlossError('bad_input', `${name} ${reason.replace(/[.!]?$/, '.')}`);
  };
  if (bytes.byteLength === 0) refuse('is empty');
  if (bytes.byteLength > MAX_IMPORT_BYTES) refuse(`is over ${MAX_IMPORT_BYTES / 1048576} MB, the most Gloss imports`);
  let plan: ImportPlan;
  try {
    plan = readAndPlan(ctx, name, bytes);
  } catch (error) {
    if (error instanceof ImportRefusal) refuse(error.message);
    throw error;
  }
  if (plan.documents.length === 0) {
    const why = plan.warnings.find((warning) => warning.startsWith('The source')) ?? plan.warnings.find((warning) => warning.includes('sources of other kinds'));
    refuse(`holds no text source Gloss can import${why ? ` (${why.replace(/\.$/, '')})` : ''}`);
  }
  await applyImport(ctx, plan);
  const annotations = plan.documents.flatMap((doc) => doc.annotations);
  const extra = plan.warnings.length - MAX_WARNINGS;
  return {
    documents: plan.documents.map((doc) => doc.id),
    highlights: annotations.length,
    orphans: annotations.filter((annotation) => annotation.detached).length,
    codes: plan.codes,
    warnings: extra > 0 ? [...plan.warnings.slice(0, MAX_WARNINGS), `…and ${extra} more.`] : plan.warnings,
  };
}
