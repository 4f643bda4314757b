import { useEffect, useRef, useState } from 'react';
import type { CardView, ErrorDetails, Settings } from '../../shared/contract';
import { api } from '../api/glossApi';
import { shortened } from '../format';
import { AddCardForm } from './AddCardForm';
import { ORIGIN_LABEL, STATUS_LABEL } from './cardLabels';
import { CardRow, cardRowId } from './CardRow';
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
  /** A card to bring into view and focus when the browser opens (the one a new card would repeat). */
  show: ErrorDetails | null;
  /** Called once that card is in view, so opening the browser later does not jump to it again. */
  onShown: () => void;
  onShowInText: (card: CardView) => void;
  onReview: () => void;
  onMessage: (message: string, error?: boolean) => void;
}

/** The filters that list every card of the card's document, so that card is sure to be among them. */
function filtersShowing(card: ErrorDetails, openDocumentId: string): CardFilters {
  return { documentId: card.documentId === openDocumentId ? openDocumentId : null, status: 'all', origin: 'all', tag: null };
}

/** The cards of the open document or of the whole library: filter, edit, suspend, delete, add, generate. */
export function CardBrowser({ settings, onSettings, documentId, documentTitle, show, onShown, onShowInText, onReview, onMessage }: CardBrowserProps) {
  const [filters, setFilters] = useState<CardFilters>(() => (show ? filtersShowing(show, documentId) : { documentId, status: 'all', origin: 'all', tag: null }));
  const onError = (message: string): void => onMessage(message, true);
  const { cards, tags, reload, act, submit } = useCards(filters, onError);
  const change = useCardChanges({ act, submit, reload });
  const set = (patch: Partial<CardFilters>): void => setFilters((f) => ({ ...f, ...patch }));

  // The card to bring into view once the list holds it; a counter, so asking again for the same card works.
  const target = useRef<string | null>(show?.cardId ?? null);
  const [showRequests, setShowRequests] = useState(0);
  const onShownRef = useRef(onShown);
  useEffect(() => {
    onShownRef.current = onShown;
  });
  const showCard = (card: ErrorDetails): void => {
    target.current = card.cardId;
    setFilters(filtersShowing(card, documentId));
    setShowRequests((n) => n + 1);
  };
  useEffect(() => {
    const id = target.current;
    if (!id || !cards?.some((card) => card.id === id)) return;
    target.current = null;
    const row = document.getElementById(cardRowId(id));
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
    onShownRef.current();
  }, [cards, showRequests]);

  return (
    <section className="card-browser" aria-labelledby="card-browser-title">
      <header className="view-header">
        <h1 id="card-browser-title" tabIndex={-1}>
          Flashcards
        </h1>
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
            <option value="document" title={documentTitle}>
              {shortened(documentTitle, 40)}
            </option>
            <option value="library">the whole library</option>
          </select>
        </label>
        <label>
          Status
          <select aria-label="Status" value={filters.status} onChange={(e) => set({ status: e.target.value as CardFilters['status'] })}>
            <option value="all">All</option>
            <option value="due">Due now</option>
            {(['new', 'learning', 'review', 'suspended'] as const).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Origin
          <select aria-label="Origin" value={filters.origin} onChange={(e) => set({ origin: e.target.value as CardFilters['origin'] })}>
            <option value="all">All</option>
            {(['generated', 'highlight', 'manual'] as const).map((origin) => (
              <option key={origin} value={origin}>
                {ORIGIN_LABEL[origin]}
              </option>
            ))}
          </select>
        </label>
        <TagSelect tags={tags} value={filters.tag} onChange={(tag) => set({ tag })} />
        <StudySettings settings={settings} onChange={onSettings} />
        <AddCardForm onAdd={(type, prompt, answer) => submit(() => api['card:create']({ documentId, type, prompt, answer }))} onShowCard={showCard} />
      </div>
      {cards === null ? (
        <p role="status">Loading cards…</p>
      ) : cards.length === 0 ? (
        <p className="panel-empty">
          {filters.status === 'due'
            ? 'Nothing to review now.'
            : 'No cards here yet. Make them from the key facts, from a highlight (C or Q on a selected highlight), or add one by hand.'}
        </p>
      ) : (
        <>
          <p className="card-count" role="status">
            {cards.length} {cards.length === 1 ? 'card' : 'cards'}
            {filters.status === 'due' && ', in the order review shows them'}
          </p>
          <ul className="card-list" aria-label="Cards">
            {cards.map((card) => (
              <CardRow
                key={card.id}
                card={card}
                showDocument={filters.documentId === null}
                onSave={(prompt, answer, tags) => change.save(card, { prompt, answer, tags })}
                onSuspend={(suspended) => void change.suspend(card, suspended)}
                onDelete={() => void change.remove(card)}
                onShowInText={() => onShowInText(card)}
                onShowCard={showCard}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
