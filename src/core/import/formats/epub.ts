import { type FormatReader, type ImportedBlock, ImportRefusal } from '../importedDocument';
import { chapterBlocks } from './epub/chapterBlocks';
import { hasEncryptedChapters } from './epub/epubDrm';
import { readEpubPackage } from './epub/epubPackage';
import { readTocLabels } from './epub/epubToc';
import { firstHeadingTitle } from './html/plainTitle';
import { requireZip } from './sniffFormat';
import { ZipArchive } from './zip/zipArchive';

/**
 * Reads an e-book (.epub): its chapters in spine order, each opening with a
 * heading, reporting progress per chapter and stopping between chapters when
 * aborted. DRM-protected books are refused.
 */
export const readEpub: FormatReader = async (bytes, context) => {
  requireZip(bytes, 'an EPUB e-book');
  const zip = ZipArchive.open(bytes);
  const book = readEpubPackage(zip);
  if (hasEncryptedChapters(zip, book.spine)) {
    throw new ImportRefusal('is protected by DRM; Gloss can only import e-books without copy protection');
  }
  const labels = readTocLabels(zip, book);
  const blocks: ImportedBlock[] = [];
  for (const [index, path] of book.spine.entries()) {
    context.signal.throwIfAborted();
    const chapter = zip.read(path);
    if (chapter !== undefined) for (const block of chapterBlocks(chapter, labels.get(path))) blocks.push(block);
    context.onProgress(index + 1, book.spine.length);
    // Let a cancel (or other work) in between chapters.
    await new Promise((resolve) => setImmediate(resolve));
  }
  context.signal.throwIfAborted();
  if (blocks.length === 0) throw new ImportRefusal('has no readable text');
  const title = book.title ?? firstHeadingTitle(blocks);
  return title === undefined ? { blocks } : { title, blocks };
};
