import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleDocument } from '../../src/core/import/assembleDocument';
import { readMarkdown } from '../../src/core/import/formats/markdown';
import { readPlainText } from '../../src/core/import/formats/plainText';
import { testReadContext } from '../../src/core/testing/readContext';
import type { TextStructure } from '../../src/shared/text/blocks';
import { labelsById, parseLabelFile, type CardLabel } from './labels';
import type { EvalText } from './manifest';

/** The repository root (this file sits in eval/cards/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where a text's labels live. */
export const labelPath = (slug: string): string => join(repoRoot, 'eval', 'cards', 'labels', `${slug}.json`);

/** Where a text's source record lives. */
export const sourcePath = (slug: string): string => join(repoRoot, 'eval', 'cards', 'texts', `${slug}.source.md`);

/** A text and its layout (a transcript's speaker turns), as the app stores them. */
export interface EvalDocument {
  text: string;
  structure: TextStructure;
  /** The title a user would give it: its source record's heading, without a note in brackets ("(Wikipedia)"). */
  title: string;
}

/**
 * A text as Gloss stores it after importing the file, through the same
 * reader (plain text, or Markdown for a .md file): a transcript's speaker
 * labels become structure, not text, so the generator sees what it sees in
 * the app.
 */
export async function readEvalDocument(entry: EvalText): Promise<EvalDocument> {
  const path = join(repoRoot, entry.file);
  // A Markdown transcript (a podcast's "**Name:** words") is read as Markdown, as the app reads a .md file.
  const read = path.endsWith('.md') ? readMarkdown : readPlainText;
  const { text, structure } = assembleDocument(await read(readFileSync(path), testReadContext(basename(path))));
  return { text, structure, title: sourceTitle(entry.slug) };
}

/** A text as Gloss stores it (see readEvalDocument). */
export async function readEvalText(entry: EvalText): Promise<string> {
  return (await readEvalDocument(entry)).text;
}

/** A text's labels by card id; none when the text has no label file yet. */
export function readLabels(slug: string): Map<string, CardLabel> {
  const path = labelPath(slug);
  return existsSync(path) ? labelsById(parseLabelFile(readFileSync(path, 'utf8'))) : new Map();
}

/** The first heading of a text's source record, without a trailing note in brackets. */
function sourceTitle(slug: string): string {
  const heading = readFileSync(sourcePath(slug), 'utf8').match(/^#\s+(.+)$/mu)?.[1] ?? slug;
  return heading.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}
