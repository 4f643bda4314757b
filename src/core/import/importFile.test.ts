import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../openCore';
import { openFreshCore } from '../testing/freshCore';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');
let tasks = 0;
const importing = (c: Core, fileName: string, content: string | Uint8Array, more: { ifDuplicate?: 'ask' | 'add'; title?: string } = {}) =>
  c.call('document:import', { taskId: `t${++tasks}`, fileName, data: base64(content), ...more });
const titles = async (c: Core) => (await c.call('library:list', {})).documents.map((doc) => doc.title);

describe('importing a file', () => {
  it('adds a document with its text, the file name as source and a title from the name, reporting progress', async () => {
    ({ core } = await openFreshCore('import'));
    const progress: number[] = [];
    core.events.on('task:progress', (event) => progress.push(event.done / Math.max(1, event.total)));
    const result = await importing(core, 'field_notes.txt', 'First paragraph.\r\n\r\nSecond one.');
    expect(result.status).toBe('added');
    if (result.status !== 'added') return;
    expect(result.document).toMatchObject({ title: 'field notes', source: 'field_notes.txt', paragraphCount: 2 });
    expect((await core.call('document:open', { id: result.document.id })).text).toBe('First paragraph.\n\nSecond one.');
    expect(progress.at(-1)).toBe(1);
  });

  it('notices the same file imported again and changes nothing, unless asked to add it anyway', async () => {
    ({ core } = await openFreshCore('import-twice'));
    const first = await importing(core, 'a.txt', 'Same words.');
    const before = await titles(core);
    const again = await importing(core, 'renamed.txt', 'Same words.');
    expect(again).toMatchObject({ status: 'duplicate', existing: { id: first.status === 'added' ? first.document.id : '' } });
    expect(await titles(core)).toEqual(before);
    expect((await importing(core, 'a.txt', 'Same words.', { ifDuplicate: 'add' })).status).toBe('added');
    expect(await titles(core)).toHaveLength(before.length + 1);
  });

  it('uses a title given by the caller (pasted text)', async () => {
    ({ core } = await openFreshCore('import-title'));
    const result = await importing(core, 'Pasted text.txt', 'Minutes of the meeting', { title: 'Minutes' });
    expect(result).toMatchObject({ status: 'added', document: { title: 'Minutes', source: 'Pasted text.txt' } });
  });

  it('keeps only a safe, one-line, bounded name of whatever was sent', async () => {
    ({ core } = await openFreshCore('import-name'));
    const result = await importing(core, `../../etc/evil\nname${'x'.repeat(300)}.txt`, 'Words.');
    if (result.status !== 'added') throw new Error('not added');
    expect(result.document.source).not.toMatch(/[/\\\n]/);
    expect(result.document.source.length).toBeLessThanOrEqual(200);
    expect(result.document.source.endsWith('.txt')).toBe(true);
  });

  it.each([
    ['notes.exe', 'MZ…', /^notes\.exe is a \.exe file; Gloss imports \.txt, .* files\.$/],
    ['README', 'text', /^README has no extension; Gloss imports /],
    ['empty.txt', '', /^empty\.txt is empty\.$/],
    ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), /^photo\.txt looks like a PNG image, not text\.$/],
    ['report.pdf', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]), /^report\.pdf is not a PDF \(it looks like a PNG image\)\.$/],
    ['old.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), /^old\.docx is an old Word \.doc file; save it as \.docx/],
  ])('refuses %s with the file and the reason, and leaves the library as it was', async (name, content, message) => {
    ({ core } = await openFreshCore('import-refused'));
    const before = await titles(core);
    await expect(importing(core, name, content)).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(message) });
    expect(await titles(core)).toEqual(before);
  });

  it('adds nothing when the import is cancelled', async () => {
    ({ core } = await openFreshCore('import-cancel'));
    const before = await titles(core);
    const running = importing(core, 'long.txt', 'Word '.repeat(200_000));
    // Past the call's first steps (the task is registered before its first await); the worker takes far longer to start.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await core.call('task:cancel', { taskId: `t${tasks}` });
    await expect(running).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('cancelled; nothing was added') });
    expect(await titles(core)).toEqual(before);
  });
});
