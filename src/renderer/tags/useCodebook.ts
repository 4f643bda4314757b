import { useMemo } from 'react';
import { buildTagTree, type TagNode } from '../../shared/tags/tagTree';
import { api } from '../api/glossApi';
import { useApiQuery } from '../api/useApiQuery';
import { useGloss } from '../store/useGloss';

/** A document as the codebook's table heads it. */
export interface CodebookDocument {
  id: string;
  title: string;
}

/** What the codebook view shows: the tags as a tree, and the documents they are used in; null while loading. */
export interface Codebook {
  tree: TagNode[];
  documents: CodebookDocument[];
}

/**
 * The library's tags and their usage, asked again whenever tags change (a
 * rename, an undo) or the documents do (one renamed, trashed, imported).
 */
export function useCodebook(): { codebook: Codebook | null; error: string | null } {
  const tagsVersion = useGloss((s) => s.tagsVersion);
  const documents = useGloss((s) => s.documents);
  const query = useApiQuery([tagsVersion, documents.length, documents.map((doc) => `${doc.id}:${doc.title}:${doc.trashedAt ?? ''}`).join('|')], async () => {
    const [list, usage] = await Promise.all([api['tags:list']({}), api['tags:usage']({})]);
    return { entries: list.tags, usage: usage.tags, documents: usage.documents };
  });
  const codebook = useMemo(() => (query.data ? { tree: buildTagTree(query.data.entries, query.data.usage), documents: query.data.documents } : null), [query.data]);
  return { codebook, error: query.error };
}
