import type { DocumentStats } from '../../shared/contract';

/** The most ids one `library:stats` call may ask about. */
export const STATS_CHUNK = 500;

/** The counts of many documents, asked for in calls of at most STATS_CHUNK ids, all at once. */
export async function statsInChunks(ids: readonly string[], ask: (ids: string[]) => Promise<{ documents: DocumentStats[] }>): Promise<Map<string, DocumentStats>> {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += STATS_CHUNK) chunks.push(ids.slice(start, start + STATS_CHUNK));
  const answers = await Promise.all(chunks.map((chunk) => ask(chunk)));
  return new Map(answers.flatMap((answer) => answer.documents.map((stats) => [stats.id, stats] as const)));
}
