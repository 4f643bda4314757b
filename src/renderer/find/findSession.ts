import type { EditorView } from '@tiptap/pm/view';
import { prepareSearch } from './documentSearch';
import { clearMatches, currentMatch, showMatches, stepMatches, type FindResult } from './findCommands';
import { findMarks, findMarksTransaction } from './findPlugin';
import { DETACHED_HOST, type FindSessionHost, type FindToggles } from './findSessionHost';
import { firstPositionInView, revealMatch } from './revealMatch';
import { selectionQuery } from './selectionQuery';

/**
 * One find bar's search, outside React: the query, the options, where a
 * search starts, the search waiting to run. Keys read and change it at once
 * (a key can come before the next render); React holds only what the bar
 * shows. The matches themselves live in the editor's find layer.
 */
export class FindSession {
  open = false;
  query = '';
  toggles: FindToggles = { caseSensitive: false, wholeWord: false };
  result: FindResult | null = null;
  /** Where a search starts (its first match at or after it is current): where the reader was, then the current match. */
  private origin = 0;
  /** The selection that last became the query (or that closing left at a match): Mod+F does not take the same words again. */
  private taken = { from: 0, to: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private host: FindSessionHost = DETACHED_HOST;

  /** Connects the session to the page around it (again after every render, so it always sees the current editor). */
  attach(host: FindSessionHost): void {
    this.host = host;
  }

  /** Searches now: marks every match, makes the first at or after the origin current and brings it into view. */
  search(): void {
    this.cancel();
    const view = this.host.view();
    if (!view || !this.open) return;
    if (this.query.trim() === '') {
      if (findMarks(view.state).ranges.length > 0) view.dispatch(findMarksTransaction(view.state, { type: 'clear' }));
      return this.publish(null);
    }
    this.publish(showMatches(view, this.query, this.toggles, this.origin));
    this.reveal(view);
  }

  /** Searches once nothing has changed for `delay` ms (typing, editing). */
  searchAfter(delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => this.search(), delay);
  }

  /** Drops the search waiting to run. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /**
   * Starts (or resumes) the session as the bar opens: searches from where the
   * reader is, and takes words newly selected in the text as the query;
   * returns that query, or null when the query stays as it was.
   */
  begin(): string | null {
    const view = this.host.view();
    if (!view) return null;
    const { selection } = view.state;
    if (!this.open) this.origin = selection.empty ? firstPositionInView(view) : selection.from;
    this.open = true;
    // Only from the text itself: Mod+F in the bar, or after stepping from the text, keeps the query.
    const fresh = view.hasFocus() && (selection.from !== this.taken.from || selection.to !== this.taken.to);
    const selected = fresh ? selectionQuery(view.state) : null;
    if (selected === null) return null;
    this.taken = { from: selection.from, to: selection.to };
    this.query = selected;
    this.origin = selection.from;
    return selected;
  }

  /** Reads and folds the text ahead of its first search, when there is nothing to search yet. */
  prepare(): void {
    const view = this.host.view();
    if (view && this.query.trim() === '') prepareSearch(view.state.doc);
  }

  /** The next or previous match; right after typing, the search still waiting runs first (its first match is the next one). */
  step(direction: 1 | -1): void {
    const view = this.host.view();
    if (!view) return;
    if (this.timer !== undefined) {
      this.search();
      if (direction > 0) return;
    }
    const index = stepMatches(view, direction);
    const range = currentMatch(view.state);
    if (index < 0 || !range || !this.result) return;
    this.origin = range.from;
    this.publish({ ...this.result, current: index });
    this.reveal(view);
  }

  /** Switches an option and searches again at once. */
  toggle(option: keyof FindToggles): void {
    this.toggles = { ...this.toggles, [option]: !this.toggles[option] };
    this.search();
  }

  /** A new query, searched once typing pauses. */
  changeQuery(query: string, delay: number): void {
    this.query = query;
    this.searchAfter(delay);
  }

  /** The text was edited: search again once editing pauses, from the current match (moved with the edit). */
  textChanged(delay: number): void {
    const view = this.host.view();
    if (!this.open || !view) return;
    const range = currentMatch(view.state);
    if (range) this.origin = range.from;
    this.searchAfter(delay);
  }

  /** Ends the session: the marks cleared, the current match selected and the keyboard in the text. */
  end(): void {
    this.cancel();
    this.open = false;
    this.result = null;
    const view = this.host.view();
    if (!view) return;
    clearMatches(view);
    this.taken = { from: view.state.selection.from, to: view.state.selection.to };
    view.focus();
  }

  private publish(result: FindResult | null): void {
    this.result = result;
    this.host.publish(result);
  }

  private reveal(view: EditorView): void {
    const range = currentMatch(view.state);
    if (range) revealMatch(view, range, this.host.barBottom());
  }
}
