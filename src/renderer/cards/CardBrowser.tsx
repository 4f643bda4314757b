import { useState } from 'react';
import type { CardView, Settings } from '../../shared/contract';
import { api } from '../api/glossApi';
import { AddCardForm } from './AddCardForm';
import { CardRow } from './CardRow';
import { GenerateDeck } from './GenerateDeck';
import { StudySettings } from './StudySettings';
import { TagSelect } from './TagSelect';
import { useCardChanges } from './useCardChanges';
import { useCards, type CardFilters } from './useCards';

interface CardBrowserProps {
  settings: Settings;
  onSettings: (patch: { desiredRetention?: number; newCardsPerDay?: number }) => void;
  documentId: string;
  documentTitle: string;
  onShowInText: (card: CardView) => void;
  onReview: () => void;
  onMessage: (message: string, error?: boolean) => void;
}

/** The cards of the open document or of the whole library: filter, edit, suspend, delete, add, generate. */
export function CardBrowser({ settings, onSettings, documentId, documentTitle, onShowInText, onReview, onMessage }: CardBrowserProps) {
  const [filters, setFilters] = useState<CardFilters>({ documentId, status: 'all', origin: 'all', tag: null });
  const onError = (message: string): void => onMessage(message, true);
  const { cards, tags, reload, act } = useCards(filters, onError);
  const change = useCardChanges(act, reload);
  const set = (patch: Partial<CardFilters>): void => setFilters((f) => ({ ...f, ...patch }));

  return (
    <section className="card-browser" aria-labelledby="card-browser-title">
      <header className="view-header">
        <h1 id="card-browser-title">Flashcards</h1>
        <div className="view-actions">
          <GenerateDeck documentId={documentId} onDone={(message) => (onMessage(message), reload())} onError={onError} />
          <button type="button" className="secondary-button" onClick={onReview}>
            Review (F)
          </button>
        </div>
      </header>
      <div className="card-filters" role="group" aria-label="Filter cards">
        <label>
          Cards of
          <select aria-label="Cards of" value={filters.documentId ? 'document' : 'library'} onChange={(e) => set({ documentId: e.target.value === 'document' ? documentId : null })}>
            <option value="document">{documentTitle}</option>
            <option value="library">the whole library</option>
          </select>
        </label>
        <label>
          Status
          <select aria-label="Status" value={filters.status} onChange={(e) => set({ status: e.target.value as CardFilters['status'] })}>
            <option value="all">All</option>
            <option value="due">Due now</option>
            <option value="new">New</option>
            <option value="learning">Learning</option>
            <option value="review">Review</option>
            <option value="suspended">Suspended</option>
          </select>
        </label>
        <label>
          Origin
          <select aria-label="Origin" value={filters.origin} onChange={(e) => set({ origin: e.target.value as CardFilters['origin'] })}>
            <option value="all">All</option>
            <option value="generated">Generated</option>
            <option value="highlight">From highlights</option>
            <option value="manual">Written by hand</option>
          </select>
        </label>
        <TagSelect tags={tags} value={filters.tag} onChange={(tag) => set({ tag })} />
        <StudySettings settings={settings} onChange={onSettings} />
        <AddCardForm onAdd={(type, prompt, answer) => act(() => api['card:create']({ documentId, type, prompt, answer }))} />
      </div>
      {cards === null ? (
        <p role="status">Loading cards…</p>
      ) : cards.length === 0 ? (
        <p className="panel-empty">No cards here yet. Make them from the key facts, from a highlight (C or Q on a selected highlight), or add one by hand.</p>
      ) : (
        <>
          <p className="card-count" role="status">
            {cards.length} {cards.length === 1 ? 'card' : 'cards'}
          </p>
          <ul className="card-list" aria-label="Cards">
            {cards.map((card) => (
              <CardRow
                key={card.id}
                card={card}
                onSave={(prompt, answer, tags) => change.update(card, { prompt, answer, tags })}
                onSuspend={(suspended) => void change.update(card, { suspended })}
                onDelete={() => void change.remove(card)}
                onShowInText={() => onShowInText(card)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
