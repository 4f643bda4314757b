import { z } from 'zod';
import { DocumentId, NoParams, method } from './common';

/** The colour scheme: follow the operating system, or force one. */
export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const Settings = z.strictObject({
  theme: ThemePreference,
  lastDocumentId: DocumentId.nullable(),
});
export type Settings = z.infer<typeof Settings>;

/** The settings a user may change directly; the rest follow from what they do. */
export const SettingsPatch = z.strictObject({ theme: ThemePreference.optional() });

export const settingsMethods = {
  'settings:get': method(NoParams, Settings),
  'settings:update': method(SettingsPatch, Settings),
};
