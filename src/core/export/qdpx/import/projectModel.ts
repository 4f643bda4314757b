import { z } from 'zod';
import { MAX_NOTE_LENGTH } from '../../../../shared/contract';
import { normalizeGuid, REFI_GUID } from '../qdpxGuid';

/**
 * The parts of a REFI-QDA project Gloss reads, as runtime schemas over what
 * readProject gathers from the XML: attribute values arrive as strings and
 * leave checked and typed (GUIDs normalised, positions as numbers).
 */

const Guid = z.string({ error: 'is missing' }).trim().regex(REFI_GUID, 'is not a GUID').transform(normalizeGuid);

/** A position: an integer, checked for range later (a selection outside its text becomes an orphan, not a refusal). */
const Position = z
  .string({ error: 'is missing' })
  .trim()
  .regex(/^[+-]?\d{1,15}$/, 'is not a whole number')
  .transform(Number);

/** xsd:boolean; absent means codable, as other programs read it. */
const Codable = z.enum(['true', 'false', '1', '0'], { error: 'is not true or false' }).optional().transform((value) => value !== 'false' && value !== '0');

/** A date as Gloss stores it (UTC, ISO 8601); one that is no date is dropped rather than refusing the project. */
const Time = z
  .string()
  .optional()
  .transform((value) => {
    const time = value === undefined ? NaN : Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  });

const Text = z.string().max(MAX_NOTE_LENGTH, 'is too long').optional();

export interface ProjectCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string | undefined;
  description?: string | undefined;
  children: ProjectCode[];
}

export const ProjectCode: z.ZodType<ProjectCode> = z.lazy(() =>
  z.strictObject({
    guid: Guid,
    name: z.string({ error: 'is missing' }).max(10_000, 'is too long'),
    isCodable: Codable,
    color: z.string().optional(),
    description: Text,
    children: z.array(ProjectCode),
  }),
);

export const ProjectSelection = z.strictObject({
  guid: Guid,
  name: z.string().max(MAX_NOTE_LENGTH).optional(),
  startPosition: Position,
  endPosition: Position,
  created: Time,
  modified: Time,
  description: Text,
  codeRefs: z.array(Guid),
  noteRefs: z.array(Guid),
});
export type ProjectSelection = z.infer<typeof ProjectSelection>;

/** A TextSource, or a Note (the schema gives both one type). */
export const ProjectTextSource = z.strictObject({
  guid: Guid,
  name: z.string().max(10_000).optional(),
  plainTextPath: z.string().max(10_000).optional(),
  plainTextContent: z.string().optional(),
  description: Text,
  created: Time,
  modified: Time,
  selections: z.array(ProjectSelection),
  /** Codes applied to the whole source. */
  codeRefs: z.array(Guid),
  noteRefs: z.array(Guid),
});
export type ProjectTextSource = z.infer<typeof ProjectTextSource>;

export const Project = z.strictObject({
  name: z.string().optional(),
  codes: z.array(ProjectCode),
  sources: z.array(ProjectTextSource),
  /** Sources Gloss cannot read (PDF, picture, audio, video), by element name. */
  otherSources: z.array(z.string()),
  notes: z.array(ProjectTextSource),
});
export type Project = z.infer<typeof Project>;
