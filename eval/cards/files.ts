import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../../src/core/documents/normalizeText';
import { labelsById, parseLabelFile, type CardLabel } from './labels';
import type { EvalText } from './manifest';

/** The repository root (this file sits in eval/cards/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where a text's labels live. */
export const labelPath = (slug: string): string => join(repoRoot, 'eval', 'cards', 'labels', `${slug}.json`);

/** Where a text's source record lives. */
export const sourcePath = (slug: string): string => join(repoRoot, 'eval', 'cards', 'texts', `${slug}.source.md`);

/** A text as Gloss stores it after import (no byte order mark, LF line ends), so cards and offsets match the app's. */
export function readEvalText(entry: EvalText): string {
  return normalizeText(readFileSync(join(repoRoot, entry.file), 'utf8'));
}

/** A text's labels by card id; none when the text has no label file yet. */
export function readLabels(slug: string): Map<string, CardLabel> {
  const path = labelPath(slug);
  return existsSync(path) ? labelsById(parseLabelFile(readFileSync(path, 'utf8'))) : new Map();
}
