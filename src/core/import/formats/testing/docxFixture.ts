import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A paragraph of WordprocessingML: runs of text, with a paragraph style and list numbering if given. */
export function wordParagraph(runs: string, options: { style?: string; list?: { numId: number; level: number } } = {}): string {
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : '';
  const list = options.list ? `<w:numPr><w:ilvl w:val="${options.list.level}"/><w:numId w:val="${options.list.numId}"/></w:numPr>` : '';
  return `<w:p><w:pPr>${style}${list}</w:pPr>${runs}</w:p>`;
}

/** A run of text, optionally bold or italic. */
export function wordRun(text: string, format: { bold?: boolean; italic?: boolean } = {}): string {
  const properties = `${format.bold ? '<w:b/>' : ''}${format.italic ? '<w:i/>' : ''}`;
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

/** A hyperlink run to the relationship rIdLink (https://example.org/docs). */
export function wordLink(text: string): string {
  return `<w:hyperlink r:id="rIdLink">${wordRun(text)}</w:hyperlink>`;
}

const styles = `<w:styles xmlns:w="${W}">${[1, 2].map((level) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`).join('')}</w:styles>`;

const numbering = `<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

/** A minimal .docx: content types, package relationships, the document and (optionally) core properties with a title. */
export function buildDocx(bodyXml: string, options: { title?: string; extra?: Record<string, Uint8Array> } = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rIdLink" Type="${R}/hyperlink" Target="https://example.org/docs" TargetMode="External"/></Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${bodyXml}</w:body></w:document>`),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
    ...options.extra,
  };
  if (options.title !== undefined) {
    files['docProps/core.xml'] = strToU8(`<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${options.title}</dc:title></cp:coreProperties>`);
  }
  return zipSync(files);
}
