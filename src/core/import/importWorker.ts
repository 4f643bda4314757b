/**
 * The worker thread that reads an imported file (runImport starts it): a
 * 300-page PDF takes seconds of parsing that must never block the event loop
 * serving the app, and a cancel terminates it wherever it is.
 */
import { serveWorker } from '../workers/workerMessages';
import { ImportRefusal } from './importedDocument';
import { readImport, type ImportInput } from './readImport';

serveWorker((input: ImportInput, onProgress) => readImport(input, onProgress), (error) => error instanceof ImportRefusal);
