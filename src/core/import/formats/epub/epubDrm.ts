import { elementsNamed } from '../html/domTypes';
import { parseXml } from '../html/parseMarkup';
import type { ZipArchive } from '../zip/zipArchive';
import { resolveHref } from './zipPaths';

/** Font obfuscation (IDPF, Adobe) is declared in encryption.xml too, but only hides fonts: it is not DRM. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);

/** Whether META-INF/encryption.xml declares any chapter encrypted (DRM), as opposed to obfuscated fonts. */
export function hasEncryptedChapters(zip: ZipArchive, spine: string[]): boolean {
  const encryption = zip.readText('META-INF/encryption.xml');
  if (encryption === undefined) return false;
  const chapters = new Set(spine);
  return elementsNamed(parseXml(encryption), 'encrypteddata').some((data) => {
    const algorithm = elementsNamed(data, 'encryptionmethod')[0]?.getAttribute('Algorithm') ?? '';
    const uri = elementsNamed(data, 'cipherreference')[0]?.getAttribute('URI') ?? '';
    // References are relative to the archive's root, not to META-INF.
    const path = resolveHref('', uri);
    return !FONT_OBFUSCATION.has(algorithm) && path !== undefined && chapters.has(path);
  });
}
