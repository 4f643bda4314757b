import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Three builds: the Electron main process (with the Electron-free core bundled
 * in), the sandboxed preload (CommonJS, every dependency inlined, as a
 * sandboxed preload cannot require from node_modules), and the renderer,
 * which browser mode serves as well.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The worker threads (card generation, import, the search index) are bundles of their own, loaded by runWorker beside index.js.
      rolldownOptions: { input: { index: resolve('src/main/index.ts'), generationWorker: resolve('src/core/cards/generationWorker.ts'), importWorker: resolve('src/core/import/importWorker.ts'), searchWorker: resolve('src/core/search/searchWorker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // One bundle is right for a local app: it loads from disk or loopback, never a network.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
