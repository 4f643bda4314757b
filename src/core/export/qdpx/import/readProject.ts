import type { Element } from '@xmldom/xmldom';
import type { z } from 'zod';
import { ImportRefusal } from '../../../import/importedDocument';
import { attribute, childElements, childText } from './parseProjectXml';
import { Project } from './projectModel';

/** Deeper than any codebook (a tag has at most 100 characters); deeper still is a file built to exhaust the stack. */
const MAX_CODE_DEPTH = 100;

/** The targets of the CodeRefs inside an element's Coding children. */
function codeRefs(element: Element): (string | undefined)[] {
  return childElements(element, 'Coding').map((coding) => {
    const ref = childElements(coding, 'CodeRef')[0];
    return ref ? attribute(ref, 'targetGUID') : undefined;
  });
}

/** The targets of an element's NoteRef children. */
function noteRefs(element: Element): (string | undefined)[] {
  return childElements(element, 'NoteRef').map((ref) => attribute(ref, 'targetGUID'));
}

function readCode(element: Element, depth: number): unknown {
  if (depth > MAX_CODE_DEPTH) throw new ImportRefusal(`nests its codes more than ${MAX_CODE_DEPTH} levels deep`);
  return {
    guid: attribute(element, 'guid'),
    name: attribute(element, 'name'),
    isCodable: attribute(element, 'isCodable'),
    color: attribute(element, 'color'),
    description: childText(element, 'Description'),
    children: childElements(element, 'Code').map((child) => readCode(child, depth + 1)),
  };
}

function readSelection(element: Element): unknown {
  return {
    guid: attribute(element, 'guid'),
    name: attribute(element, 'name'),
    startPosition: attribute(element, 'startPosition'),
    endPosition: attribute(element, 'endPosition'),
    created: attribute(element, 'creationDateTime'),
    modified: attribute(element, 'modifiedDateTime'),
    description: childText(element, 'Description'),
    codeRefs: codeRefs(element),
    noteRefs: noteRefs(element),
  };
}

function readTextSource(element: Element): unknown {
  return {
    guid: attribute(element, 'guid'),
    name: attribute(element, 'name'),
    plainTextPath: attribute(element, 'plainTextPath'),
    plainTextContent: childText(element, 'PlainTextContent'),
    description: childText(element, 'Description'),
    created: attribute(element, 'creationDateTime'),
    modified: attribute(element, 'modifiedDateTime'),
    selections: childElements(element, 'PlainTextSelection').map(readSelection),
    codeRefs: codeRefs(element),
    noteRefs: noteRefs(element),
  };
}

/** What each level of a path is called in a message ("TextSource 2 › PlainTextSelection 5 › startPosition"). */
const PATH_NAMES: Record<string, string> = { codes: 'Code', children: 'Code', sources: 'TextSource', selections: 'PlainTextSelection', notes: 'Note', codeRefs: 'CodeRef', noteRefs: 'NoteRef' };

function describeIssue(issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  issue.path.forEach((segment, index) => {
    if (typeof segment === 'number') return;
    const next = issue.path[index + 1];
    const key = String(segment);
    parts.push(typeof next === 'number' ? `${PATH_NAMES[key] ?? key} ${next + 1}` : key);
  });
  return `${parts.join(' › ')} ${issue.message}`;
}

/** The project Gloss reads from project.qde's root element; anything malformed is refused, saying where. */
export function readProject(root: Element): Project {
  const sources = childElements(root, 'Sources')[0];
  const codes = childElements(root, 'CodeBook').flatMap((book) => childElements(book, 'Codes')).flatMap((list) => childElements(list, 'Code'));
  const raw = {
    name: attribute(root, 'name'),
    codes: codes.map((code) => readCode(code, 1)),
    sources: sources ? childElements(sources, 'TextSource').map(readTextSource) : [],
    otherSources: sources ? ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'].flatMap((kind) => childElements(sources, kind).map(() => kind)) : [],
    notes: childElements(root, 'Notes').flatMap((list) => childElements(list, 'Note')).map(readTextSource),
  };
  const parsed = Project.safeParse(raw);
  if (!parsed.success) throw new ImportRefusal(`is not a valid REFI-QDA project: ${describeIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}
