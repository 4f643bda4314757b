import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ErrorDetails } from '../../shared/contract';
import { actionById } from '../../shared/actions';
import { keyHint, keysOf } from '../actions/keyHints';
import { api } from '../api/glossApi';
import { shortened } from '../format';
import { glossStore, useGloss } from '../store/useGloss';
import { AddCardForm } from './AddCardForm';
import { ORIGIN_LABEL, STATUS_LABEL } from './cardLabels';
import { CardRow, cardRowId } from './CardRow';
import { GenerateDeck } from './GenerateDeck';
import { StudySettings } from './StudySettings';
import { TagSelect } from './TagSelect';
import { useCardChanges } from './useCardChanges';
import { useCards, type CardFilters } from './useCards';

const REVIEW_KEYS = keysOf(actionById('cards.review')!).join(', ');

/** The filters that list every card of the card's document, so that card is sure to be among them. */
function filtersShowing(card: ErrorDetails, openDocumentId: string): CardFilters {
  return { documentId: card.documentId === openDocumentId ? openDocumentId : null, status: 'all', origin: 'all', tag: null };
}

/** The browser of the open document's cards; a request to show a card (`cardToShow`) mounts it afresh. */
export function CardBrowser() {
  const at = useGloss((s) => s.cardToShow.at);
  return <CardList key={at} />;
}

/** The cards of the open document or of the whole library: filter, edit, suspend, delete, add, generate. */
function CardList() {
  const { summary } = useGloss((s) => s.current)!;
  const settings = useGloss((s) => s.settings)!;
  const { updateSettings, showInText, setView, cardShown, feedback } = glossStore.getState();
  const documentId = summary.id;
  // A card to bring into view and focus as the browser opens (the one a new card would repeat).
  const [show] = useState(() => glossStore.getState().cardToShow.card);
  const [filters, setFilters] = useState<CardFilters>(() => (show ? filtersShowing(show, documentId) : { documentId, status: 'all', origin: 'all', tag: null }));
  const { cards, tags, reload, act, submit } = useCards(filters);
  const change = useCardChanges({ act, submit, reload });
  const set = (patch: Partial<CardFilters>): void => setFilters((f) => ({ ...f, ...patch }));

  // The card to bring into view once the list holds it; a counter, so asking again for the same card works.
  const target = useRef<string | null>(show?.cardId ?? null);
  const [showRequests, setShowRequests] = useState(0);
  // Once that card is in view, so opening the browser later does not jump to it again.
  const shown = useEffectEvent(cardShown);
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
    shown();
  }, [cards, showRequests]);

  return (
    <section className="card-browser" aria-labelledby="card-browser-title">
      <header className="view-header">
        <h1 id="card-browser-title" tabIndex={-1}>
          Flashcards
        </h1>
        <div className="view-actions">
          <GenerateDeck documentId={documentId} hasDeck={cards?.some((card) => card.origin === 'generated' && card.documentId === documentId) ?? false} onDone={(message) => (feedback.say(message), reload())} />
          <button type="button" className="secondary-button" onClick={() => setView('review')} {...keyHint('cards.review', 'Review the cards that are due')}>
            Review ({REVIEW_KEYS})
          </button>
        </div>
      </header>
      <div className="card-filters" role="group" aria-label="Filter cards">
        <label>
          Cards of
          <select aria-label="Cards of" value={filters.documentId ? 'document' : 'library'} onChange={(e) => set({ documentId: e.target.value === 'document' ? documentId : null })}>
            <option value="document" title={summary.title}>
              {shortened(summary.title, 40)}
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
        <StudySettings settings={settings} onChange={(patch) => void updateSettings(patch)} />
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
                onShowInText={() => showInText(card)}
                onShowCard={showCard}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
