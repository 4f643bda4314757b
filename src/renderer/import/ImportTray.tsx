import { actionHost } from '../actions/actionHost';
import { formatCount } from '../format';
import { glossStore, useGloss } from '../store/useGloss';
import { ImportEntryItem } from './ImportEntryItem';
import { SETTLED } from './importEntry';

/** Opens an imported document in the reader. */
async function openImported(id: string): Promise<void> {
  await glossStore.getState().openDocument(id);
  if (glossStore.getState().current?.summary.id === id) actionHost.surface('app')?.show('read');
}

/** The import tray: every file given to import, with its progress and what became of it; shown while there is any. */
export function ImportTray() {
  const entries = useGloss((s) => s.imports);
  if (entries.length === 0) return null;
  const { cancelImport, answerDuplicate, clearImports } = glossStore.getState();
  const running = entries.filter((entry) => !SETTLED.has(entry.status)).length;
  const underWay = entries.filter((entry) => ['waiting', 'reading', 'importing'].includes(entry.status)).length;
  return (
    <section className="import-tray" aria-labelledby="import-tray-title">
      <header className="import-tray-head">
        <h2 id="import-tray-title">{underWay > 0 ? `Importing ${formatCount(underWay, 'file')}…` : 'Imports'}</h2>
        {running < entries.length && (
          <button type="button" className="link-button" onClick={clearImports} aria-label={running > 0 ? 'Clear finished imports' : 'Close imports'}>
            {running > 0 ? 'Clear finished' : 'Close'}
          </button>
        )}
      </header>
      <ul className="import-list" aria-label="Files to import">
        {entries.map((entry) => (
          <ImportEntryItem key={entry.id} entry={entry} onCancel={() => cancelImport(entry.id)} onOpen={(id) => void openImported(id)} onAnswer={(answer) => void answerDuplicate(entry.id, answer)} />
        ))}
      </ul>
    </section>
  );
}
