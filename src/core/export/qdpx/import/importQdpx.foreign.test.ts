import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../openCore';
import { openFreshCore } from '../../../testing/freshCore';

let core: Core;
beforeEach(async () => ({ core } = await openFreshCore('qdpx-foreign')));
afterEach(() => core.close());

const SOURCE = '{8E7FDDFE-DB36-48DC-B464-80C3A4DECD90}';
/** A transcript as Windows programs write it: a byte order mark, CRLF line endings, an emoji before the coded words. */
const TRANSCRIPT = '\ufeffQ: How was it? 😀\r\nA: We met in Minsk, then Almaty.\r\n';

/** Code point positions of `quote` in the transcript (its byte order mark not counted). */
function positions(quote: string): string {
  const start = Array.from(TRANSCRIPT.slice(1, TRANSCRIPT.indexOf(quote))).length;
  return `startPosition="${start}" endPosition="${start + Array.from(quote).length}"`;
}

/** A project as another program might write it: upper-case braced GUIDs, code names with "/" and ",", a category that is not codable. */
const PROJECT = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fieldwork" origin="NVivo">
  <CodeBook><Codes>
    <Code guid="{11111111-1111-1111-1111-111111111111}" name="Places" isCodable="false" color="#00FF00">
      <Description>Cities, regions</Description>
      <Code guid="{22222222-2222-2222-2222-222222222222}" name="Minsk/Belarus" isCodable="true" color="#f5cf3b"/>
    </Code>
    <Code guid="{33333333-3333-3333-3333-333333333333}" name="Family, friends" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${SOURCE}" name="Interview 1" plainTextPath="internal://${SOURCE.slice(1, -1)}.txt">
      <PlainTextSelection guid="{AAAAAAAA-0000-0000-0000-000000000001}" ${positions('Minsk, then Almaty')} creationDateTime="2019-06-07T03:36:36Z">
        <Description>met there</Description>
        <Coding guid="{AAAAAAAA-0000-0000-0000-0000000000C1}"><CodeRef targetGUID="{22222222-2222-2222-2222-222222222222}"/></Coding>
        <Coding guid="{AAAAAAAA-0000-0000-0000-0000000000C2}"><CodeRef targetGUID="{99999999-9999-9999-9999-999999999999}"/></Coding>
        <NoteRef targetGUID="{BBBBBBBB-0000-0000-0000-000000000001}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{AAAAAAAA-0000-0000-0000-000000000002}" name="a quote far away" startPosition="500" endPosition="520">
        <Coding guid="{AAAAAAAA-0000-0000-0000-0000000000C3}"><CodeRef targetGUID="{33333333-3333-3333-3333-333333333333}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="{CCCCCCCC-0000-0000-0000-000000000001}" name="scan.pdf" path="relative://scan.pdf"/>
  </Sources>
  <Notes>
    <Note guid="{BBBBBBBB-0000-0000-0000-000000000001}" name="Memo"><PlainTextContent>An annotation from NVivo.</PlainTextContent></Note>
  </Notes>
</Project>`;

/** A .qdpx of the given files (project.qde and sources/…), as base64 for the contract. */
function qdpx(files: Record<string, string | Uint8Array>): string {
  const entries = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content]));
  return Buffer.from(zipSync(entries)).toString('base64');
}

describe('import:qdpx of a project from another program', () => {
  it('places selections by code points in a CRLF text with a byte order mark, and keeps one outside its text as an orphan that says why', async () => {
    const result = await core.call('import:qdpx', { fileName: 'fieldwork.qdpx', data: qdpx({ 'project.qde': PROJECT, [`sources/${SOURCE.slice(1, -1)}.txt`]: TRANSCRIPT }) });
    expect(result).toMatchObject({ highlights: 2, orphans: 1, codes: 3 });
    const doc = await core.call('document:open', { id: result.documents[0]! });
    expect(doc.text).toBe('Q: How was it? 😀\nA: We met in Minsk, then Almaty.\n');
    expect([doc.summary.title, doc.summary.source]).toEqual(['Interview 1', 'fieldwork.qdpx']);
    const [placed, orphan] = doc.annotations;
    expect(placed).toMatchObject({ quote: 'Minsk, then Almaty', note: 'met there\n\nAn annotation from NVivo.', tags: ['Places/Minsk∕Belarus'], color: 'c1', created: '2019-06-07T03:36:36.000Z' });
    expect(orphan).toMatchObject({
      anchor: null,
      quote: 'a quote far away',
      tags: ['Family‚ friends'],
      orphanReason: 'Its place in the imported project (characters 500–520) lies outside its text, which has 52 characters.',
    });
  });

  it('makes the codes tags, nested by path, with descriptions and the nearest colours, and says what it changed or left out', async () => {
    const result = await core.call('import:qdpx', { fileName: 'fieldwork.qdpx', data: qdpx({ 'project.qde': PROJECT, [`sources/${SOURCE.slice(1, -1)}.txt`]: TRANSCRIPT }) });
    const { tags } = await core.call('tags:list', {});
    expect(tags).toEqual(expect.arrayContaining([
      { name: 'Places', color: 'c4', description: 'Cities, regions' },
      { name: 'Places/Minsk∕Belarus', color: 'c1' },
      { name: 'Family‚ friends' },
    ]));
    expect(result.warnings).toEqual([
      'The code “Minsk/Belarus” became the tag “Places/Minsk∕Belarus”: a tag has no “/” or “,” in a name and at most 100 characters.',
      'The code “Family, friends” became the tag “Family‚ friends”: a tag has no “/” or “,” in a name and at most 100 characters.',
      '1 coding(s) in “Interview 1” refer to codes the project does not define; they were left out.',
      '1 source(s) of other kinds (PDFSource) were left out: Gloss imports text sources.',
    ]);
  });
});
