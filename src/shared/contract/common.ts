import { z } from 'zod';

/** Identifier of a document: lowercase letters, digits and dashes, as minted by core. */
export const DocumentId = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'a document id is 1–64 lowercase letters, digits or dashes');

/** ISO-8601 timestamp in UTC, as produced by Date#toISOString. */
export const Timestamp = z.iso.datetime();

/** Parameters of a method that takes none: an empty object, and nothing else. */
export const NoParams = z.strictObject({});

/** Result of a method that only acknowledges. */
export const Ack = z.strictObject({ ok: z.literal(true) });

/** One contract entry: the runtime schemas of a method's params and result. */
export interface MethodSpec<P extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  params: P;
  result: R;
  /**
   * The method never writes to the data directory, so it may still run after
   * this Gloss has stopped writing (its lock was lost) — every other method is
   * then refused. (The library search may save its index, a cache, beside
   * the library: through the write fence, so never once the lock is lost.)
   * @default false
   */
  readOnly: boolean;
}

/**
 * Declares a method with its schemas, keeping their precise types. A method
 * writes unless marked `readOnly`, so a forgotten marker refuses a read
 * rather than letting a write through.
 */
export function method<P extends z.ZodType, R extends z.ZodType>(params: P, result: R, options: { readOnly?: boolean } = {}): MethodSpec<P, R> {
  return { params, result, readOnly: options.readOnly ?? false };
}
