import { z } from 'zod';
import { Category, CategoryId } from './annotations';
import { DocumentId, NoParams, method } from './common';

/** The colour scheme: follow the operating system, or force one. */
export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

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
});
export type Settings = z.infer<typeof Settings>;

/** The settings a user may change directly; the rest follow from what they do. */
export const SettingsPatch = z.strictObject({
  theme: ThemePreference.optional(),
  currentColor: CategoryId.optional(),
  desiredRetention: z.number().min(0.7).max(0.99).optional(),
  newCardsPerDay: z.number().int().min(0).max(9999).optional(),
});

export const settingsMethods = {
  'settings:get': method(NoParams, Settings, { readOnly: true }),
  'settings:update': method(SettingsPatch, Settings),
};
