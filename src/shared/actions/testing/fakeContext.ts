import type { AppSurface, FindSurface, LibrarySurface, ReaderSurface, ReviewSurface, TagsSurface } from '../surfaces';
import type { ActionContext } from '../types';
import { DEFAULT_CATEGORIES } from '../../defaultCategories';

/** What a fake surface was asked to do, as 'method(args)' strings. */
export type CallLog = string[];

/** An object whose every method records its call in the log; the given values are its properties. */
function recorder<T extends object>(log: CallLog, prefix: string, values: Partial<T>): T {
  return new Proxy(values as T, {
    get(target, name) {
      if (typeof name === 'string' && name in target) return (target as Record<string, unknown>)[name];
      return (...args: unknown[]) => void log.push(`${prefix}.${String(name)}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`);
    },
  });
}

/** Options for a fake context: the context's place and the state of each surface (null: not showing). */
export interface FakeContextOptions {
  where?: ActionContext['where'];
  app?: Partial<AppSurface>;
  reader?: Partial<ReaderSurface> | null;
  /** The find bar's surface; absent: none (no document shows). */
  find?: Partial<FindSurface> | null;
  review?: Partial<ReviewSurface> | null;
  library?: Partial<LibrarySurface> | null;
  tags?: Partial<TagsSurface> | null;
}

/** A context for testing actions: surfaces that record what actions ask of them. */
export function fakeContext(options: FakeContextOptions = {}): { context: ActionContext; log: CallLog } {
  const log: CallLog = [];
  const app = recorder<AppSurface>(log, 'app', {
    view: 'read',
    hasDocument: true,
    categories: structuredClone(DEFAULT_CATEGORIES),
    ...options.app,
  });
  const reader = options.reader === null ? null : recorder<ReaderSurface>(log, 'reader', { editing: false, hasSelection: false, hasSelectedHighlight: false, ...options.reader });
  const find = options.find ? recorder<FindSurface>(log, 'find', { isOpen: false, hasFocus: false, ...options.find }) : null;
  const review = options.review ? recorder<ReviewSurface>(log, 'review', { phase: 'prompt', ...options.review }) : null;
  const library = options.library ? recorder<LibrarySurface>(log, 'library', { hasSelection: false, ...options.library }) : null;
  const tags = options.tags ? recorder<TagsSurface>(log, 'tags', { hasSelection: false, ...options.tags }) : null;
  return { context: { where: options.where ?? 'reading', app, reader, find, review, library, tags }, log };
}
