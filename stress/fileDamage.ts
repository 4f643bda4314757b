import { readFile, rm, truncate, writeFile } from 'node:fs/promises';

/** The ways a file is damaged while Gloss is closed. */
export type Damage = 'truncated' | 'emptied' | 'garbage' | 'wrong shape' | 'newer version' | 'deleted';

/** Every way, for JSON files; a text file has no shape or version, so it gets the first three and deletion. */
export const JSON_DAMAGES: readonly Damage[] = ['truncated', 'emptied', 'garbage', 'wrong shape', 'newer version', 'deleted'];
export const TEXT_DAMAGES: readonly Damage[] = ['truncated', 'emptied', 'garbage', 'deleted'];

/** Bytes that are neither JSON nor text: what a failing disk or a stray program leaves. */
const GARBAGE = Buffer.from(Array.from({ length: 512 }, (_, n) => (n * 151 + 7) % 256));

/**
 * Damages a file the way `damage` says and returns the bytes it now holds
 * (null once deleted), so the case can check they were kept. The file is
 * changed in place, as a failing disk or an editor saving over it would,
 * so every hard link to it sees the damage too. `reshape` makes valid JSON
 * of the wrong shape for this kind of file (a number where a title goes).
 */
export async function damageFile(path: string, damage: Damage, reshape: (data: Record<string, unknown>) => unknown): Promise<Buffer | null> {
  const original = await readFile(path);
  switch (damage) {
    case 'truncated':
      await truncate(path, Math.floor(original.length / 2));
      break;
    case 'emptied':
      await truncate(path, 0);
      break;
    case 'garbage':
      await writeFile(path, GARBAGE);
      break;
    case 'wrong shape':
      await writeFile(path, JSON.stringify(reshape(JSON.parse(original.toString('utf8')) as Record<string, unknown>)));
      break;
    case 'newer version':
      await writeFile(path, JSON.stringify({ ...(JSON.parse(original.toString('utf8')) as object), schemaVersion: 999 }));
      break;
    case 'deleted':
      await rm(path);
      return null;
  }
  return readFile(path);
}
