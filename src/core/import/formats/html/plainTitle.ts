import type { ImportedBlock } from '../../importedDocument';

const MAX_TITLE = 300;

/** A title from metadata as one clean line (white space collapsed, controls dropped, at most 300 characters); undefined when it has no words. */
export function plainTitle(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const line = raw.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\ufeff]+/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim();
  if (line.length === 0) return undefined;
  return line.length <= MAX_TITLE ? line : `${line.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/** The text of the first heading among the blocks (of level ≤ maxLevel), as a title. */
export function firstHeadingTitle(blocks: ImportedBlock[], maxLevel = 6): string | undefined {
  const heading = blocks.find((block) => block.kind === 'heading' && (block.level ?? 1) <= maxLevel);
  return plainTitle(heading?.text);
}
