import { bytesToBase64 } from './base64';
import type { ImportSource } from './importQueue';

/** A user's file as the import queue takes it: read (as base64) only when its turn comes. */
export function fileSource(file: File): ImportSource {
  return { fileName: file.name, size: file.size, read: async () => bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
