import { useMemo } from 'react';
import { api } from '../../api/glossApi';
import { useApiQuery } from '../../api/useApiQuery';

const NO_TAGS: readonly string[] = [];

/**
 * The library's tag names (`tags:list`), for suggestions. Asked when the
 * field shows, and again by `refresh` when it takes the focus: a tag added on
 * another highlight, or renamed in the codebook, is then offered.
 */
export function useCodebook(): { names: readonly string[]; refresh: () => void } {
  // A failure only costs the suggestions; the field works without them.
  const { data, reload } = useApiQuery(['tags:list'], () => api['tags:list']({}), { report: false });
  const names = useMemo(() => data?.tags.map((entry) => entry.name) ?? NO_TAGS, [data]);
  return { names, refresh: reload };
}
