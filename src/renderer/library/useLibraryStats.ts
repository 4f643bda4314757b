import { useMemo } from 'react';
import type { DocumentStats, DocumentSummary } from '../../shared/contract';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { statsInChunks } from './libraryStats';

const NONE: ReadonlyMap<string, DocumentStats> = new Map();

/** The counts (highlights, cards due) of these documents, asked for when they change; empty until they come. */
export function useLibraryStats(documents: readonly DocumentSummary[]): ReadonlyMap<string, DocumentStats> {
  const ids = useMemo(() => documents.filter((doc) => !doc.problem).map((doc) => doc.id), [documents]);
  const { data } = useApiQuery(['library:stats', ids], () => statsInChunks(ids, (chunk) => api['library:stats']({ ids: chunk })));
  return data ?? NONE;
}
