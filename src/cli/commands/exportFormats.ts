import { ExportedFile, isMethodName, type ExportedText, type ExportScope, type MarkdownGrouping } from '../../shared/contract';
import type { Core } from '../../core/openCore';

/** The formats `gloss export --format` takes. */
export const EXPORT_FORMAT_NAMES = ['md', 'w3c', 'anki', 'apkg', 'qdpx', 'backup'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

/** What an export produced, ready to write: the core's suggested name, the bytes (or text), and what it holds. */
export interface ExportOutput {
  fileName: string;
  data: string | Uint8Array;
  counts: ExportedText['counts'];
}

/** What the command needs to know of a format, and the one core call that makes it. */
export interface ExportFormat {
  /** The contract method behind it (availability is checked against the contract of this build). */
  method: string;
  /** Binary files are written only to a file (-o), never to a terminal or a pipe. */
  binary: boolean;
  /** Whether --doc may narrow it; a backup is always the whole library. */
  scoped: boolean;
  run(core: Core, options: { scope: ExportScope; groupBy: MarkdownGrouping }): Promise<ExportOutput>;
}

/**
 * Each format and its core call. Anki and QDPX exports come from other
 * branches: until their methods are in the contract they are refused with
 * "not available in this build", and once merged they work unchanged.
 */
export const EXPORT_FORMATS: Record<ExportFormatName, ExportFormat> = {
  md: { method: 'export:markdown', binary: false, scoped: true, run: async (core, { scope, groupBy }) => textOutput(await core.call('export:markdown', { scope, groupBy })) },
  w3c: { method: 'export:w3c', binary: false, scoped: true, run: async (core, { scope }) => textOutput(await core.call('export:w3c', { scope })) },
  anki: { method: 'export:anki', binary: false, scoped: true, run: (core, { scope }) => callByName(core, 'export:anki', { scope, format: 'text' }) },
  apkg: { method: 'export:anki', binary: true, scoped: true, run: (core, { scope }) => callByName(core, 'export:anki', { scope, format: 'apkg' }) },
  qdpx: { method: 'export:qdpx', binary: true, scoped: true, run: (core, { scope }) => callByName(core, 'export:qdpx', { scope }) },
  backup: { method: 'backup:create', binary: true, scoped: false, run: async (core) => fileOutput(await core.call('backup:create', {})) },
};

/** Whether this build's contract has the format's method. */
export function formatAvailable(format: ExportFormat): boolean {
  return isMethodName(format.method);
}

function textOutput(exported: ExportedText): ExportOutput {
  return { fileName: exported.fileName, data: exported.content, counts: exported.counts };
}

function fileOutput(exported: ExportedFile): ExportOutput {
  return { fileName: exported.fileName, data: Buffer.from(exported.data, 'base64'), counts: exported.counts };
}

/**
 * Calls a method this build's contract may not have yet, through the core's
 * untyped form (the core validates params as it does for any door); the
 * answer is checked against ExportedFile, the shape those methods return.
 */
async function callByName(core: Core, method: string, params: unknown): Promise<ExportOutput> {
  const untypedCall: (method: unknown, params: unknown) => Promise<unknown> = core.call;
  return fileOutput(ExportedFile.parse(await untypedCall(method, params)));
}
