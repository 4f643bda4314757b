import type { CodeNode } from './codeTree';
import { GLOSS_USER } from './selectionXml';
import { writeXmlDocument, type XmlElement } from './xmlElement';

/** The REFI-QDA project namespace (QDA-XML 1.0). */
export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** What project.qde holds besides its sources. */
export interface ProjectHeader {
  /** The project's name: the document's title, or "Gloss library". */
  name: string;
  /** "Gloss <version>". */
  origin: string;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

/** A code and the codes under it, in the schema's order: description, then children. */
function codeElement(code: CodeNode): XmlElement {
  return {
    name: 'Code',
    attributes: { guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.color },
    children: [...(code.description ? [{ name: 'Description', text: code.description }] : []), ...code.children.map(codeElement)],
  };
}

/**
 * project.qde: the user, the codebook, the sources and the notes, in the
 * order the schema's sequence requires. Lists the schema requires to be
 * non-empty (Sources, Notes) are left out when there is nothing in them.
 */
export function projectXml(header: ProjectHeader, codes: readonly CodeNode[], sources: readonly XmlElement[], notes: readonly XmlElement[]): string {
  const children: XmlElement[] = [
    { name: 'Users', children: [{ name: 'User', attributes: { guid: GLOSS_USER.guid, name: GLOSS_USER.name } }] },
    { name: 'CodeBook', children: [{ name: 'Codes', children: codes.map(codeElement) }] },
  ];
  if (sources.length > 0) children.push({ name: 'Sources', children: [...sources] });
  if (notes.length > 0) children.push({ name: 'Notes', children: [...notes] });
  return writeXmlDocument({
    name: 'Project',
    attributes: {
      xmlns: QDA_NAMESPACE,
      name: header.name,
      origin: header.origin,
      creatingUserGUID: GLOSS_USER.guid,
      creationDateTime: header.exportedAt,
    },
    children,
  });
}
