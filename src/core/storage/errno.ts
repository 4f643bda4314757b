/** The errno code of a Node file-system error (ENOENT, ENOSPC…), if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Error codes of file systems that cannot make hard links (FAT, some network shares): copy instead. */
export const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EOPNOTSUPP']);
