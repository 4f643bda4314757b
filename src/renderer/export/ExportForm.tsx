import { useId, useState } from 'react';
import type { ExportScope, MarkdownGrouping } from '../../shared/contract';
import { actionHost } from '../actions/actionHost';
import { useApiQuery } from '../api/useApiQuery';
import { formatCount } from '../format';
import { glossStore, useGloss } from '../store/useGloss';
import { EXPORT_FORMATS, type ExportResult } from './exportFormats';
import { bytesFromBase64, saveFile } from './saveFile';

/** How much of a text export the preview shows: enough to judge it, little enough to stay quick. */
const PREVIEW_CHARACTERS = 20_000;

const GROUPINGS: { id: MarkdownGrouping; label: string }[] = [
  { id: 'document', label: 'In document order' },
  { id: 'tag', label: 'By tag' },
  { id: 'colour', label: 'By colour' },
  { id: 'speaker', label: 'By speaker' },
];

/** The export dialog's body: what to export and how, a preview, and Save or Copy, which close the dialog once done. */
export function ExportForm({ onClose }: { onClose: () => void }) {
  const id = useId();
  const current = useGloss((s) => (s.view === 'library' ? null : s.current?.summary ?? null));
  const [whole, setWhole] = useState(current === null);
  const [formatId, setFormatId] = useState(EXPORT_FORMATS[0]!.id);
  const [groupBy, setGroupBy] = useState<MarkdownGrouping>('document');
  const [failure, setFailure] = useState<string | null>(null);
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === formatId)!;
  const scope: ExportScope = whole || !current ? {} : { documentIds: [current.id] };

  const request = JSON.stringify([formatId, scope, groupBy]);
  // The answer carries the request it answers: while a newer one is under way, the older preview stays, marked as such.
  const exported = useApiQuery(
    [request],
    async () => {
      // A highlight made a moment ago may still be on its way to the core: the export waits for it, so it is in the file.
      await actionHost.surface('reader')?.writesSettled();
      return { request, result: await format.run(scope, groupBy) };
    },
    { report: false },
  );
  const result: ExportResult | null = exported.data?.result ?? null;
  const working = exported.data?.request !== request && exported.error === null;
  const problem = failure ?? exported.error;

  const save = (): void => {
    if (!result) return;
    saveFile(result.fileName, result.text ?? bytesFromBase64(result.base64 ?? ''), result.mediaType);
    glossStore.getState().feedback.say(`Saved ${result.fileName}`);
    onClose();
  };
  const copy = async (): Promise<void> => {
    if (!result?.text) return;
    try {
      await navigator.clipboard.writeText(result.text);
      glossStore.getState().feedback.say(`Copied the export (${formatCount(result.text.length, 'character')})`);
      onClose();
    } catch {
      setFailure('The clipboard could not be written here: save the file instead.');
    }
  };

  return (
    <div className="export-body">
      <fieldset className="export-choice">
        <legend>What</legend>
        {current && (
          <label>
            <input type="radio" name={`${id}-scope`} checked={!whole} onChange={() => setWhole(false)} /> This document: {current.title}
          </label>
        )}
        <label>
          <input type="radio" name={`${id}-scope`} checked={whole} onChange={() => setWhole(true)} /> The whole library
        </label>
      </fieldset>
      <div className="export-options">
        <label htmlFor={`${id}-format`}>Format</label>
        <select id={`${id}-format`} value={formatId} onChange={(event) => setFormatId(event.target.value)} aria-describedby={`${id}-format-about`}>
          {EXPORT_FORMATS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
        {format.grouped && (
          <>
            <label htmlFor={`${id}-group`}>Highlights</label>
            <select id={`${id}-group`} value={groupBy} onChange={(event) => setGroupBy(event.target.value as MarkdownGrouping)}>
              {GROUPINGS.map((grouping) => (
                <option key={grouping.id} value={grouping.id}>
                  {grouping.label}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <p id={`${id}-format-about`} className="export-about">
        {format.description}
      </p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}
      <p className="export-summary" role="status">
        {working ? 'Preparing the export…' : result ? `${result.fileName}: ${formatCount(result.counts.documents, 'document')}, ${formatCount(result.counts.highlights, 'highlight')}, ${formatCount(result.counts.cards, 'card')}` : ''}
      </p>
      {result?.text !== null && result?.text !== undefined && (
        <>
          <label htmlFor={`${id}-preview`} className="export-preview-label">
            Preview{result.text.length > PREVIEW_CHARACTERS ? ` (the first ${formatCount(PREVIEW_CHARACTERS, 'character')})` : ''}
          </label>
          <textarea id={`${id}-preview`} className="export-preview" readOnly rows={14} value={result.text.slice(0, PREVIEW_CHARACTERS)} />
        </>
      )}
      <div className="confirm-actions">
        <button type="button" className="secondary-button" onClick={onClose}>
          Cancel
        </button>
        {result?.text && (
          <button type="button" className="secondary-button" onClick={() => void copy()} disabled={working}>
            Copy to clipboard
          </button>
        )}
        <button type="button" className="primary-button" onClick={save} disabled={working || !result}>
          Save file…
        </button>
      </div>
    </div>
  );
}
