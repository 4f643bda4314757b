import type { TextStructure } from '../../shared/text/blocks';
import type { CoreContext } from '../context';
import type { TextVersion } from './documentFile';
import { readStructure } from './structureFiles';

const PLAIN: TextStructure = { blocks: [] };

/**
 * The layout a text version is shown with. A version without one is plain
 * paragraphs; one whose structure file is missing or damaged is shown as
 * plain paragraphs too, with a notice: the words and every highlight are
 * untouched, only headings and lists are lost. A caller that must not write
 * passes `keepNotice: false`: the notice then lasts this run only.
 */
export async function openStructure(ctx: CoreContext, id: string, title: string, version: TextVersion, { keepNotice = true }: { keepNotice?: boolean } = {}): Promise<TextStructure> {
  if (!version.structureSha256) return PLAIN;
  const read = await readStructure(ctx.dataDir, id, version.version, version.structureSha256);
  if (read.structure) return read.structure;
  const what = read.problem === 'missing' ? 'is missing' : 'is damaged';
  ctx.notices.raise('warning', `The layout of “${title}” (its headings, lists and speaker names) ${what}, so it is shown as plain paragraphs. Its text and highlights are intact.`, { keep: keepNotice });
  return PLAIN;
}
