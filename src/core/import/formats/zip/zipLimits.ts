/**
 * How much a ZIP-based file (an e-book, a Word document) may unpack to.
 * Enforced while inflating: the sizes an archive declares are never trusted.
 */
export interface ZipLimits {
  /** Most entries the archive may list. */
  maxEntries: number;
  /** Most bytes all the entries read from one archive may inflate to, together. */
  maxTotalBytes: number;
  /** Most bytes an entry may inflate to per byte it is packed in… */
  maxRatio: number;
  /** …checked once the entry has inflated past this many bytes (small, repetitive XML packs very tightly). */
  ratioFreeBytes: number;
}

const MB = 1024 * 1024;

/**
 * Generous for real files: a long e-book is a few thousand entries and
 * tens of MB; text packs 3–20 times, very repetitive XML rarely past 100.
 * A zip bomb of zeros packs about 1,000 times.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 300 * MB,
  maxRatio: 300,
  ratioFreeBytes: 4 * MB,
};

/** Bytes as whole megabytes, for messages. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}
