import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The one place pdfjs is loaded. Its legacy build is the one meant for Node;
 * loaded lazily, as it is large and only PDF imports need it.
 *
 * In Node pdfjs runs its "worker" on the calling thread and, by default,
 * finds it by importing "./pdf.worker.mjs" relative to its own file — which
 * breaks once a bundler has moved pdf.mjs. Handing it the worker module as
 * the `pdfjsWorker` global (which pdfjs checks first) makes it work both from
 * node_modules and from a bundle.
 */
type PdfjsModule = typeof Pdfjs;

let loading: Promise<PdfjsModule> | undefined;

/** Loads pdfjs (once per thread) with its worker in place. */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return pdfjs;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
