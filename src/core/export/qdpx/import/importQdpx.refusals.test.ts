import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handMadeZip, zerosBomb } from '../../../import/formats/testing/handMadeZip';
import type { Core } from '../../../openCore';
import { openFreshCore } from '../../../testing/freshCore';

let core: Core;
beforeAll(async () => ({ core } = await openFreshCore('qdpx-refusals')));
afterAll(() => core.close());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const project = (body: string) => base64(zipSync({ 'project.qde': strToU8(`<?xml version="1.0"?>\n${body}`) }));
const SOURCE = '<TextSource guid="8e7fddfe-db36-48dc-b464-80c3a4decd90" name="t"><PlainTextContent>Some words.</PlainTextContent>';

/** Importing `data` is refused with a message matching `message`, and the library is as it was. */
async function expectRefused(data: string, message: RegExp): Promise<void> {
  const before = await core.call('library:list', {});
  const tags = await core.call('tags:list', {});
  await expect(core.call('import:qdpx', { fileName: 'study.qdpx', data })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(message) });
  expect(await core.call('library:list', {})).toEqual(before);
  expect(await core.call('tags:list', {})).toEqual(tags);
}

describe('import:qdpx refuses what is not a readable project, leaving the library as it was', () => {
  it('refuses a zip bomb while unpacking (the import’s zip limits), whatever sizes it claims', async () => {
    const bomb = handMadeZip([{ name: 'project.qde', method: 8, packed: zerosBomb(1024), claimedSize: 1000 }]);
    await expectRefused(base64(bomb), /^study\.qdpx looks like a zip bomb: a file inside unpacks to over 300 times its packed size\.$/);
  });

  it('refuses project.qde that is not well-formed XML, saying what is wrong', async () => {
    await expectRefused(project('<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources></Project>'), /^study\.qdpx is damaged: its project\.qde is not well-formed XML \(.*Sources.*\)\.$/);
    await expectRefused(project('<Project xmlns="urn:QDA-XML:project:1.0" name="p &nbsp; q"/>'), /not well-formed XML \(entity not found:&nbsp;\)/);
  });

  it('refuses a DOCTYPE (the way to an entity bomb) before parsing', async () => {
    const billionLaughs = '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>';
    await expectRefused(project(billionLaughs), /has a project\.qde with a DOCTYPE, which no REFI-QDA project has\.$/);
  });

  it('refuses an archive without project.qde, another kind of XML, and a file that is no archive', async () => {
    await expectRefused(base64(zipSync({ 'notes.txt': strToU8('hello') })), /^study\.qdpx is not a REFI-QDA project: it holds no project\.qde\.$/);
    await expectRefused(project('<html><body/></html>'), /is not a REFI-QDA project: project\.qde holds <html>, not a Project in the namespace urn:QDA-XML:project:1\.0\.$/);
    await expectRefused(base64(strToU8('just some text, not a zip at all')), /^study\.qdpx /);
    await expectRefused('', /^study\.qdpx is empty\.$/);
  });

  it('refuses attributes the schema does not allow, naming the element and attribute', async () => {
    const badPosition = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources>${SOURCE}<PlainTextSelection guid="8e7fddfe-db36-48dc-b464-80c3a4decd91" startPosition="one" endPosition="4"/></TextSource></Sources></Project>`;
    await expectRefused(project(badPosition), /^study\.qdpx is not a valid REFI-QDA project: TextSource 1 › PlainTextSelection 1 › startPosition is not a whole number\.$/);
    const badGuid = '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="x" name="c" isCodable="true"/></Codes></CodeBook></Project>';
    await expectRefused(project(badGuid), /not a valid REFI-QDA project: Code 1 › guid is not a GUID\.$/);
  });

  it('refuses a project with no text source it can read, saying why', async () => {
    const external = '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="8e7fddfe-db36-48dc-b464-80c3a4decd90" name="Far" plainTextPath="absolute://C:/x.txt"/></Sources></Project>';
    await expectRefused(project(external), /holds no text source Gloss can import \(The source “Far” keeps its text outside the project \(absolute:\/\/C:\/x\.txt\); it was left out with its 0 coded selection\(s\)\)\.$/);
  });
});
