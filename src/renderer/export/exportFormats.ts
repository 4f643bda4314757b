import type { ExportScope, MarkdownGrouping } from '../../shared/contract';
import { api } from '../api/glossApi';
import { bytesFromBase64 } from './saveFile';

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

const file = (exported: { fileName: string; mediaType: string; data: string; counts: ExportResult['counts'] }): ExportResult => ({ fileName: exported.fileName, mediaType: exported.mediaType, text: null, base64: exported.data, counts: exported.counts });

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
  {
    id: 'apkg',
    label: 'Anki deck (.apkg)',
    description: 'The flashcards as an Anki package: clozes of one sentence on one note, the source passage on the back, tags kept.',
    grouped: false,
    run: async (scope) => file(await api['export:anki']({ scope, format: 'apkg' })),
  },
  {
    id: 'anki-text',
    label: 'Anki notes as text (.txt)',
    description: "The flashcards in Anki's plain-text import format (tab-separated, with its header lines), for Anki's stock note types.",
    grouped: false,
    run: async (scope) => {
      const exported = await api['export:anki']({ scope, format: 'text' });
      return { ...file(exported), text: new TextDecoder().decode(bytesFromBase64(exported.data)), base64: null };
    },
  },
  {
    id: 'qdpx',
    label: 'REFI-QDA project (.qdpx)',
    description: 'Documents, tags as codes and highlights as coded passages, to go on coding in NVivo, ATLAS.ti, MAXQDA or QualCoder.',
    grouped: false,
    run: async (scope) => file(await api['export:qdpx']({ scope })),
  },
];
