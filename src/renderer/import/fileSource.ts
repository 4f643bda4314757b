import type { ImportSource } from './importEntry';

/**
 * A file's bytes as base64, read by the browser itself (FileReader works off
 * the page's thread: a 25 MB file spelled out in script took ~3 s of frozen
 * window here), without the data: URL's prefix.
 */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name} could not be read: ${reader.error?.message ?? 'the file is not readable'}.`));
    reader.readAsDataURL(file);
  });
}

/** A user's file as the import queue takes it: read (as base64) only when its turn comes. */
export function fileSource(file: File): ImportSource {
  return { fileName: file.name, size: file.size, read: () => readAsBase64(file) };
}
