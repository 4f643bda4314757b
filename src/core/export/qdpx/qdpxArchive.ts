import { strToU8 } from 'fflate';
import { writeZip } from '../../zip/writeZip';
import type { Category, TagEntry } from '../../../shared/contract';
import type { ExportDocument } from '../exportModel';
import { colourCodes, tagCodes } from './codeTree';
import { projectXml, type ProjectHeader } from './projectXml';
import { sourceParts } from './sourceXml';
import type { XmlElement } from './xmlElement';

/** Everything a .qdpx export is made of. */
export interface QdpxExportInput {
  header: ProjectHeader;
  /** The documents, each with its current text. */
  documents: readonly { doc: ExportDocument; text: string }[];
  codebook: readonly TagEntry[];
  categories: readonly Category[];
}

/**
 * A UTF-8 byte order mark before each source text. QualCoder writes its
 * sources so and reads them back without it; Windows programs then never
 * guess an older encoding. Positions do not count it.
 */
const BYTE_ORDER_MARK = '\ufeff';

/**
 * The .qdpx archive (REFI-QDA Project exchange 1.0): project.qde at the root
 * and each document's text in sources/, as the standard lays out.
 */
export function qdpxArchive(input: QdpxExportInput): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const sources: XmlElement[] = [];
  const notes: XmlElement[] = [];
  for (const { doc, text } of input.documents) {
    const parts = sourceParts(doc, text);
    files[`sources/${parts.textFileName}`] = strToU8(BYTE_ORDER_MARK + text);
    sources.push(parts.source);
    notes.push(...parts.notes);
  }
  const usedTags = input.documents.flatMap(({ doc }) => doc.highlights.flatMap((highlight) => highlight.tags));
  const codes = [...tagCodes(input.codebook, usedTags), colourCodes(input.categories)];
  files['project.qde'] = strToU8(projectXml(input.header, codes, sources, notes));
  // Every entry dated by the export, so exporting an unchanged library twice gives the same bytes.
  return writeZip(files, 6, new Date(input.header.exportedAt));
}
