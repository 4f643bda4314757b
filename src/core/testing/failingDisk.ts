import type * as FsPromises from 'node:fs/promises';

/**
 * A file system that fails writes on demand, for tests that mock
 * `node:fs/promises` with `failingFsPromises`: while `failWith` is set, every
 * open for writing of a path that `affects` accepts fails with that errno code.
 */
export interface FailingDisk {
  failWith: string | null;
  affects: (path: string) => boolean;
}

/** The real `node:fs/promises`, with `open` failing as `disk` says. */
export function failingFsPromises(actual: typeof FsPromises, disk: FailingDisk): typeof FsPromises {
  const open: typeof actual.open = async (path, flags, mode) => {
    const writing = typeof flags === 'string' && /[wa+]/.test(flags);
    if (disk.failWith && writing && disk.affects(String(path))) {
      throw Object.assign(new Error(`${disk.failWith}: simulated failure, open '${String(path)}'`), { code: disk.failWith, syscall: 'open', path: String(path) });
    }
    return actual.open(path, flags, mode);
  };
  return { ...actual, open };
}
