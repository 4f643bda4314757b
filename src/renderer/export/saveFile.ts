/**
 * Hands a file to the user: a download in a browser; in the desktop app the
 * same download opens the system's Save dialog (Electron asks where to save
 * any download the app does not place itself).
 */
export function saveFile(fileName: string, content: string | Uint8Array, mediaType: string): void {
  const blob = new Blob([content as BlobPart], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Bytes from base64 (binary exports travel as base64 through the API). */
export function bytesFromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
