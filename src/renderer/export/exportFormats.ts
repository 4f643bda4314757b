import type { ExportScope, MarkdownGrouping } from '../../shared/contract';
import { api } from '../api/glossApi';

/** What an export produced, ready to preview, save or copy. */
export interface ExportResult {
  fileName: string;
  mediaType: string;
  /** The file's text, for text formats (previewed and copyable). */
  text: string | null;
  /** The file's bytes in base64, for binary formats. */
  base64: string | null;
  counts: { documents: number; highlights: number; cards: number };
}

/** One format the export dialog offers. */
export interface ExportFormat {
  id: string;
  label: string;
  /** One line on what the file is for. */
  description: string;
  /** Whether the highlights can be grouped (Markdown). */
  grouped: boolean;
  run(scope: ExportScope, groupBy: MarkdownGrouping): Promise<ExportResult>;
}

const text = (mediaType: string) => (exported: { fileName: string; content: string; counts: ExportResult['counts'] }): ExportResult => ({ fileName: exported.fileName, mediaType, text: exported.content, base64: null, counts: exported.counts });

/** The formats, in the order the dialog lists them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown notes (.md)',
    description: 'Highlights as quotes with their notes, tags and links back, then the flashcards: for Obsidian, a wiki or any editor.',
    grouped: true,
    run: async (scope, groupBy) => text('text/markdown;charset=utf-8')(await api['export:markdown']({ scope, groupBy })),
  },
  {
    id: 'w3c',
    label: 'W3C Web Annotations (.jsonld)',
    description: 'The standard format for annotations (Hypothesis and others read it); import it back into Gloss without loss.',
    grouped: false,
    run: async (scope) => text('application/ld+json;charset=utf-8')(await api['export:w3c']({ scope })),
  },
];
