import { z } from 'zod';
import { Category, CategoryId } from './annotations';
import { DocumentId, NoParams, method } from './common';

/** The colour scheme: follow the operating system, or force one. */
export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/**
 * Which highlights the reader's panel shows: every condition given must hold
 * (empty lists and empty words mean "any"). Kept in the settings, so it
 * survives a relaunch.
 */
export const HighlightFilter = z.strictObject({
  /** Tags, each matching itself and its children. */
  tags: z.array(z.string().max(200)).max(100),
  /** Whether a highlight needs any of the tags or all of them. */
  tagMode: z.enum(['any', 'all']),
  colors: z.array(CategoryId).max(5),
  /** Speaker names, where the document has speaker turns. */
  speakers: z.array(z.string().max(200)).max(100),
  /** Documents, for lists across the library (the reader shows its own document's). */
  documentIds: z.array(DocumentId).max(500),
  /** Words that must all appear in the quote or the note (case and accents ignored). */
  words: z.string().max(1000),
});
export type HighlightFilter = z.infer<typeof HighlightFilter>;

/** The filter that lets every highlight through. */
export const NO_HIGHLIGHT_FILTER: HighlightFilter = { tags: [], tagMode: 'any', colors: [], speakers: [], documentIds: [], words: '' };

export const Settings = z.strictObject({
  theme: ThemePreference,
  lastDocumentId: DocumentId.nullable(),
  /** The five highlight colours and the category each stands for. */
  categories: z.array(Category).length(5),
  /** The colour new highlights get. */
  currentColor: CategoryId,
  /** FSRS desired retention: the chance of remembering a card when it comes due. */
  desiredRetention: z.number().min(0.7).max(0.99),
  /** New cards introduced per day, across the library. */
  newCardsPerDay: z.number().int().min(0).max(9999),
  /** The highlight filter in use. */
  highlightFilter: HighlightFilter,
});
export type Settings = z.infer<typeof Settings>;

/** The settings a user may change directly; the rest follow from what they do. */
export const SettingsPatch = z.strictObject({
  theme: ThemePreference.optional(),
  currentColor: CategoryId.optional(),
  desiredRetention: z.number().min(0.7).max(0.99).optional(),
  newCardsPerDay: z.number().int().min(0).max(9999).optional(),
  highlightFilter: HighlightFilter.optional(),
});

export const settingsMethods = {
  'settings:get': method(NoParams, Settings, { readOnly: true }),
  'settings:update': method(SettingsPatch, Settings),
};
