/**
 * The sandboxed preload (bundled to CommonJS as out/preload/index.cjs). It
 * exposes the contract's methods and the event subscription on
 * `window.gloss`, and nothing else: never `ipcRenderer`, never `process`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './bridge';

contextBridge.exposeInMainWorld('gloss', createPreloadApi(ipcRenderer));
