import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';

/**
 * The one place sql.js (SQLite compiled to WebAssembly) is loaded, lazily:
 * only an Anki package needs it. Its .wasm is read here and handed over as
 * bytes rather than left for sql.js to find beside its own script, so the
 * same code works from node_modules (tests, the CLI, tsx) and from the
 * built main process, which keeps sql.js external and resolves it from the
 * app's node_modules (inside app.asar too: Electron's fs reads from there).
 */
let loading: Promise<SqlJsStatic> | undefined;

/** The path of sql.js's WebAssembly binary, resolved like the package itself. */
function sqlJsWasmPath(): string {
  return createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
}

/** Loads sql.js once per thread. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const [{ default: initSqlJs }, wasm] = await Promise.all([import('sql.js'), readFile(sqlJsWasmPath())]);
    return initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
