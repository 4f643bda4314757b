import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ChapterFixture {
  /** File name under OEBPS/text/. */
  file: string;
  /** The chapter's <body> content. */
  body: string;
  /** Its entry in the table of contents, if it has one. */
  label?: string;
}

export interface EpubFixtureOptions {
  title?: string;
  chapters: ChapterFixture[];
  /** Where the contents are listed: an EPUB 3 nav document (default) or an EPUB 2 NCX. */
  toc?: 'nav' | 'ncx';
  /** Extra files, by archive path (META-INF/encryption.xml, images…). */
  extra?: Record<string, string | Uint8Array>;
}

const xhtml = (title: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" ` +
  `xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head><body>${body}</body></html>`;

/** A small EPUB built in memory: container, package, table of contents and chapters. */
export function buildEpub({ title, chapters, toc = 'nav', extra = {} }: EpubFixtureOptions): Uint8Array {
  const items = chapters.map((chapter, n) =>
    `<item id="c${n}" href="text/${encodeURI(chapter.file)}" media-type="application/xhtml+xml"/>`).join('');
  const spine = chapters.map((_, n) => `<itemref idref="c${n}"/>`).join('');
  const labelled = chapters.filter((chapter) => chapter.label);
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">
      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">${title ? `<dc:title>${title}</dc:title>` : ''}
      <dc:creator>A. Writer</dc:creator></metadata>
      <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" ${toc === 'nav' ? 'properties="nav"' : ''}/>
      <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
      <item id="cover" href="images/cover.png" media-type="image/png"/>${items}</manifest>
      <spine ${toc === 'ncx' ? 'toc="ncx"' : ''}>${spine}</spine></package>`),
    'OEBPS/nav.xhtml': strToU8(xhtml('Contents', `<nav epub:type="landmarks"><ol><li><a href="text/x.xhtml">Landmark</a></li></ol></nav>
      <nav epub:type="toc"><ol>${labelled.map((chapter) =>
        `<li><a href="text/${encodeURI(chapter.file)}#start">${chapter.label}</a></li>`).join('')}</ol></nav>`)),
    'OEBPS/toc.ncx': strToU8(`<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>${labelled.map(
      (chapter, n) => `<navPoint id="p${n}"><navLabel><text>${chapter.label}</text></navLabel><content src="text/${encodeURI(chapter.file)}"/></navPoint>`,
    ).join('')}</navMap></ncx>`),
  };
  for (const chapter of chapters) files[`OEBPS/text/${chapter.file}`] = strToU8(xhtml(chapter.label ?? 'Chapter', chapter.body));
  for (const [path, content] of Object.entries(extra)) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

/** An encryption.xml declaring these archive paths encrypted with `algorithm`. */
export function encryptionXml(paths: string[], algorithm = 'http://www.w3.org/2001/04/xmlenc#aes128-cbc'): string {
  return `<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">${paths
    .map((path) => `<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${path}"/></enc:CipherData></enc:EncryptedData>`)
    .join('')}</encryption>`;
}
