import { constants, open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_TEXT_BYTES } from '../core/documents/normalizeText';
import { GlossError } from '../shared/contract';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Reads a file for the CLI, refusing at once what is not one: a
 * folder, a device such as /dev/zero (endless) or a pipe (it may never end),
 * and a file larger than Gloss accepts — never read to find out. At most one
 * byte past the limit is read, should the file grow meanwhile.
 */
export async function readFileBytes(file: string, limitBytes = MAX_TEXT_BYTES): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    // Non-blocking, so opening a pipe does not wait for a writer; it is refused below.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GlossError('not_found', `There is no file ${file}.`);
    if (code === 'EISDIR') throw new GlossError('bad_input', `${file} is a folder, not a file.`);
    throw error;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new GlossError('bad_input', `${file} is a folder, not a file.`);
    if (!info.isFile()) throw new GlossError('bad_input', `${file} is not a regular file (it is a device, a pipe or a socket); give Gloss a file.`);
    if (info.size > limitBytes) {
      throw new GlossError('bad_input', `${basename(file)} is ${Math.round(info.size / 1048576)} MB; Gloss reads files up to ${limitBytes / 1048576} MB.`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limitBytes) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(CHUNK_BYTES) });
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}
