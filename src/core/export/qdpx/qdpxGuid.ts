import { createHash } from 'node:crypto';
import { tagKey } from '../../../shared/tags/tagName';

/**
 * GUIDs for a REFI-QDA project, derived from Gloss's own ids so that
 * exporting the same library twice, or a library re-imported from its own
 * export, gives the same GUIDs: another program then recognises the same
 * sources, codes and selections.
 */

/** Gloss's namespace for name-based GUIDs (a fixed random UUID; changing it changes every derived GUID). */
const GLOSS_NAMESPACE = 'deedff00-51ea-4749-81d8-0604d7c789ec';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the schema's GUIDType accepts: a UUID, bare or in braces, any case. */
export const REFI_GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** A GUID as Gloss compares and stores it: lower case, without braces. */
export function normalizeGuid(guid: string): string {
  return guid.replace(/^\{|\}$/g, '').toLowerCase();
}

/** A name-based UUID (RFC 9562 version 5: SHA-1 over the namespace's bytes and the name's UTF-8). */
export function uuidV5(name: string, namespace: string = GLOSS_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The prefix of each kind of Gloss id that carries a UUID ("doc-<uuid>", "ann-<uuid>"). */
const ID_PREFIX = { document: 'doc-', annotation: 'ann-' } as const;

/**
 * The GUID of a document or highlight: the UUID its id carries, else one
 * derived from the id (`scope` keeps a highlight's unique across documents).
 */
export function guidOfId(kind: keyof typeof ID_PREFIX, id: string, scope = ''): string {
  const carried = id.startsWith(ID_PREFIX[kind]) ? id.slice(ID_PREFIX[kind].length) : '';
  return UUID.test(carried) ? carried : uuidV5(`${kind}:${scope}:${id}`);
}

/** The Gloss id that gives back `guid` as its GUID (see guidOfId). */
export function idOfGuid(kind: keyof typeof ID_PREFIX, guid: string): string {
  return `${ID_PREFIX[kind]}${normalizeGuid(guid)}`;
}

/** The GUID of a tag's code: the same for every spelling of the tag. */
export function tagGuid(tag: string): string {
  return uuidV5(`tag:${tagKey(tag)}`);
}

/** The GUID of anything else Gloss writes, named by what it is ("user", "colour:c1"). */
export function fixedGuid(name: string): string {
  return uuidV5(name);
}
