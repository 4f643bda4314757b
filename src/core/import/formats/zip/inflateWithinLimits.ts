import { Inflate } from 'fflate';
import { ImportRefusal } from '../../importedDocument';
import { damagedZip } from './zipDirectory';
import { type ZipLimits, megabytes } from './zipLimits';

/** Compressed bytes fed per step: at most ~1,000 times this comes out of one step (DEFLATE's ceiling). */
const STEP = 4 * 1024;

/**
 * Inflates one entry's DEFLATE data a step at a time, counting what comes
 * out and stopping as soon as the archive's total passes maxTotalBytes or the
 * entry's ratio passes maxRatio. `inflatedBefore` is what earlier entries of
 * the same archive already took.
 */
export function inflateWithinLimits(compressed: Uint8Array, limits: ZipLimits, inflatedBefore: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (inflatedBefore + produced > limits.maxTotalBytes) {
      throw new ImportRefusal(`looks like a zip bomb: it unpacks to more than ${megabytes(limits.maxTotalBytes)}`);
    }
    if (produced > limits.ratioFreeBytes && produced > consumed * limits.maxRatio) {
      throw new ImportRefusal(`looks like a zip bomb: a file inside unpacks to over ${limits.maxRatio} times its packed size`);
    }
    chunks.push(chunk);
  });
  for (let offset = 0; offset === 0 || offset < compressed.length; offset += STEP) {
    const piece = compressed.subarray(offset, offset + STEP);
    consumed += piece.length;
    try {
      inflater.push(piece, offset + STEP >= compressed.length);
    } catch (error) {
      throw error instanceof ImportRefusal ? error : damagedZip();
    }
  }
  return joined(chunks, produced);
}

function joined(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
