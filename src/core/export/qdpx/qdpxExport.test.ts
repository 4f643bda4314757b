import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childElements } from './import/parseProjectXml';
import { codedLibrary, unpackQdpx, type CodedLibrary } from './testing/codedLibrary';
import { schemaErrors } from './testing/schemaCheck';

let library: CodedLibrary;
let exported: { fileName: string; mediaType: string; data: string; counts: { documents: number; highlights: number; cards: number } };
let project: string;
let files: Record<string, Uint8Array>;
let root: Element;

beforeAll(async () => {
  library = await codedLibrary('qdpx-export');
  exported = await library.core.call('export:qdpx', { scope: { documentIds: [library.mixedId, library.interviewId] } });
  ({ project, files } = unpackQdpx(exported.data));
  root = new DOMParser().parseFromString(project, 'text/xml').documentElement!;
});
afterAll(() => library.core.close());

/** Every element with this name under `parent`, at any depth. */
const all = (parent: Element, name: string) => Array.from(parent.getElementsByTagName(name));

describe('export:qdpx', () => {
  it('writes a project.qde that the published REFI-QDA schema (Project-mrt2019.xsd) accepts', () => {
    expect(schemaErrors(project)).toBe('');
    expect(exported.fileName).toMatch(/^Gloss-library-\d{4}-\d\d-\d\d\.qdpx$/);
    expect(exported.counts).toEqual({ documents: 2, highlights: 5, cards: 0 });
  });

  it('keeps each document’s text in sources/<guid>.txt and counts selection positions in code points, not UTF-16 units', () => {
    const mixed = all(root, 'TextSource').find((source) => source.getAttribute('name') === 'Chat: 😀 & <friends>')!;
    const path = mixed.getAttribute('plainTextPath')!;
    expect(path).toBe(`internal://${mixed.getAttribute('guid')}.txt`);
    const text = strFromU8(files[`sources/${path.slice('internal://'.length)}`]!).replace(/^\uFEFF/, '');
    const characters = Array.from(text);
    const quotes = childElements(mixed, 'PlainTextSelection').map((selection) =>
      characters.slice(Number(selection.getAttribute('startPosition')), Number(selection.getAttribute('endPosition'))).join(''),
    );
    expect(quotes).toEqual(['我们在明斯克见面', '👨‍👩‍👧 came', '𠀀 character']);
    // In UTF-16 units the family emoji alone is 8 long; in code points 5.
    expect(Number(childElements(mixed, 'PlainTextSelection')[2]!.getAttribute('startPosition'))).toBeLessThan(text.indexOf('𠀀'));
  });

  it('writes the tags as nested codes with their descriptions and colours, and the colours as codes of their own', () => {
    const codes = childElements(childElements(childElements(root, 'CodeBook')[0]!, 'Codes')[0]!, 'Code');
    const names = (list: Element[]) => list.map((code) => code.getAttribute('name'));
    expect(names(codes)).toEqual(['language', 'people', 'place', 'unused', 'Gloss colours']);
    const place = codes[2]!;
    expect(place.getAttribute('color')).toBe('#72a7f7');
    expect(childElements(place, 'Description')[0]!.textContent).toBe('Where it happens: cities & <regions>.');
    expect(names(childElements(place, 'Code'))).toEqual(['Minsk']);
    expect(childElements(place, 'Code')[0]!.getAttribute('color')).toBe('#5fc98b');
    expect(names(childElements(codes[3]!, 'Code'))).toEqual(['idea']);
    const colours = codes[4]!;
    expect(colours.getAttribute('isCodable')).toBe('false');
    expect(names(childElements(colours, 'Code'))).toEqual(['Key fact', 'Claims made', 'Question', 'Actor', 'Follow up']);
  });

  it('codes each selection with its tags and colour, its note as the description, escaped so it reads back exactly', () => {
    const selection = all(root, 'PlainTextSelection')[0]!;
    expect(childElements(selection, 'Description')[0]!.textContent).toBe('Said in *Chinese* <really> & "quoted" ]]> done');
    const targets = childElements(selection, 'Coding').map((coding) => childElements(coding, 'CodeRef')[0]!.getAttribute('targetGUID'));
    const guidOf = (name: string) => all(root, 'Code').find((code) => code.getAttribute('name') === name)!.getAttribute('guid');
    expect(targets).toEqual([guidOf('Minsk'), guidOf('中文'), guidOf('Claims made')]);
    expect(project).toContain('Line one\nline two\ttabbed');
    expect(project).not.toContain(']]>');
  });

  it('exports an orphan as a note on its source, named by its quote, the reason as its description', () => {
    const note = all(root, 'Note')[0]!;
    expect(note.getAttribute('name')).toBe('A last line');
    expect(childElements(note, 'Description')[0]!.textContent).toBe('Its words were deleted in version 2 of the text.');
    expect(childElements(note, 'PlainTextContent')[0]!.textContent).toBe('was here');
    const refs = all(root, 'TextSource').flatMap((source) => childElements(source, 'NoteRef').map((ref) => ref.getAttribute('targetGUID')));
    expect(refs).toEqual([note.getAttribute('guid')]);
  });

  it('gives the same project, GUIDs and all, when the same library is exported again', async () => {
    const again = await library.core.call('export:qdpx', { scope: { documentIds: [library.mixedId, library.interviewId] } });
    const strip = (xml: string) => xml.replace(/creationDateTime="[^"]*"/, '');
    expect(strip(unpackQdpx(again.data).project)).toBe(strip(project));
  });
});
