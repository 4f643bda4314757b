import { IMPORT_EXTENSIONS } from '../../shared/contract';
import { glossStore } from '../store/useGloss';
import { fileSource } from './fileSource';
import { FILE_INPUT_ID } from './importClipboard';

/** The file types the picker offers (all files while no reader is known, so the core can say what it takes). */
const ACCEPT = [...IMPORT_EXTENSIONS, 'qdpx', 'jsonld'].map((extension) => `.${extension}`).join(',');

/** The hidden file input that "Import files…" clicks (the native open dialog in the desktop app). */
export function FileInput() {
  return (
    <input
      id={FILE_INPUT_ID}
      type="file"
      multiple
      accept={ACCEPT}
      hidden
      aria-label="Files to import"
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        // Cleared, so choosing the same file again is a change too.
        event.target.value = '';
        if (files.length > 0) glossStore.getState().importFiles(files.map(fileSource));
      }}
    />
  );
}
