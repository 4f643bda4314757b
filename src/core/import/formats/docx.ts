import { type Zippable, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { type FormatReader, ImportRefusal } from '../importedDocument';
import { elementsNamed, type DomDocument } from './html/domTypes';
import { htmlToBlocks } from './html/htmlBlocks';
import { parseHtml, parseXml } from './html/parseMarkup';
import { firstHeadingTitle, plainTitle } from './html/plainTitle';
import { isOleFile, requireZip } from './sniffFormat';
import { ZipArchive } from './zip/zipArchive';

/** mammoth's links back from a note to where it is cited: "↑" is not a word of the document. */
const NOTE_BACK_LINKS = 'a[href^="#footnote-ref-"], a[href^="#endnote-ref-"], a[href^="#comment-ref-"]';

/**
 * Reads a Word document (.docx) through mammoth: headings, lists,
 * paragraphs, emphasis and links. Title from docProps/core.xml, else the
 * first heading.
 */
export const readDocx: FormatReader = async (bytes) => {
  if (isOleFile(bytes)) throw new ImportRefusal('is an old Word .doc file; save it as .docx in Word or LibreOffice and import that');
  requireZip(bytes, 'a Word document');
  const zip = ZipArchive.open(bytes);
  if (!zip.has('word/document.xml')) throw new ImportRefusal('is not a Word document: it has no word/document.xml');
  const files = zip.readAll();
  const document = parseHtml(await wordToHtml(files));
  for (const backLink of Array.from(document.querySelectorAll(NOTE_BACK_LINKS))) backLink.remove();
  const blocks = htmlToBlocks(document);
  if (blocks.length === 0) throw new ImportRefusal('has no readable text');
  const title = coreTitle(files.get('docProps/core.xml')) ?? firstHeadingTitle(blocks);
  return title === undefined ? { blocks } : { title, blocks };
};

/**
 * mammoth unpacks with JSZip, which knows no limits. So it is given an
 * archive rebuilt (stored, uncompressed) from the entries already inflated
 * within ours: it sees exactly what was checked, never the original bytes.
 */
async function wordToHtml(files: Map<string, Uint8Array>): Promise<string> {
  const stored: Zippable = {};
  for (const [name, content] of files) stored[name] = [content, { level: 0 }];
  const rebuilt = zipSync(stored);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(rebuilt.buffer, rebuilt.byteOffset, rebuilt.byteLength) },
      // Images are dropped from imported text; this keeps mammoth from base64-encoding each one.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false },
    );
    return result.value;
  } catch {
    throw new ImportRefusal('is damaged: Gloss cannot read the Word document inside it');
  }
}

function coreTitle(coreXml: Uint8Array | undefined): string | undefined {
  if (coreXml === undefined) return undefined;
  const core: DomDocument = parseXml(new TextDecoder('utf-8').decode(coreXml));
  return plainTitle(elementsNamed(core, 'title')[0]?.textContent);
}
