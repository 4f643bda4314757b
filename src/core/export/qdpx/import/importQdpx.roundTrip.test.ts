import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../openCore';
import { openFreshCore } from '../../../testing/freshCore';
import { codedLibrary, unpackQdpx, type CodedLibrary } from '../testing/codedLibrary';

let library: CodedLibrary;
let empty: Core;

beforeAll(async () => {
  library = await codedLibrary('qdpx-from');
  ({ core: empty } = await openFreshCore('qdpx-into'));
});
afterAll(async () => {
  await library.core.close();
  await empty.close();
});

/** project.qde without the moment of its export, the one thing two exports may differ in. */
const timeless = (project: string) => project.replace(/(<Project [^>]*)creationDateTime="[^"]*"/, '$1');

describe('import:qdpx of a Gloss export', () => {
  it('loses nothing: exported, imported into another library and exported again, it is the same project', async () => {
    const first = await library.core.call('export:qdpx', { scope: { documentIds: [library.mixedId, library.interviewId] } });
    const imported = await empty.call('import:qdpx', { fileName: first.fileName, data: first.data });
    expect(imported).toEqual({ documents: [library.mixedId, library.interviewId], highlights: 5, orphans: 1, codes: 14, warnings: [] });

    const second = await empty.call('export:qdpx', { scope: { documentIds: imported.documents } });
    const [before, after] = [unpackQdpx(first.data), unpackQdpx(second.data)];
    expect(timeless(after.project)).toBe(timeless(before.project));
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const name of Object.keys(before.files)) if (name !== 'project.qde') expect(after.files[name]).toEqual(before.files[name]);
  });

  it('gives each document the same text, title and source, and each highlight the same place, note, tags, colour and dates', async () => {
    for (const id of [library.mixedId, library.interviewId]) {
      const [original, copy] = [await library.core.call('document:open', { id }), await empty.call('document:open', { id })];
      expect(copy.text).toBe(original.text);
      expect([copy.summary.title, copy.summary.source]).toEqual([original.summary.title, original.summary.source]);
      expect(copy.annotations).toEqual(original.annotations);
    }
  });

  it('brings the codebook (colours, descriptions) and the name of a renamed colour', async () => {
    const { tags } = await empty.call('tags:list', {});
    expect(tags).toEqual(expect.arrayContaining([
      { name: 'place', color: 'c2', description: 'Where it happens: cities & <regions>.' },
      { name: 'place/Minsk', color: 'c4' },
      { name: 'unused/idea', description: 'A code nobody applied yet.' },
    ]));
    expect(tags.map((tag) => tag.name)).not.toContain('Gloss colours');
    const settings = await empty.call('settings:get', {});
    expect(settings.categories.find((category) => category.id === 'c2')!.name).toBe('Claims made');
  });

  it('imports the same project again as new documents, with new ids, rather than overwriting the first copy', async () => {
    const first = await library.core.call('export:qdpx', { scope: { documentIds: [library.mixedId] } });
    const again = await empty.call('import:qdpx', { fileName: 'again.qdpx', data: first.data });
    expect(again.documents).toHaveLength(1);
    expect(again.documents[0]).not.toBe(library.mixedId);
    expect((await empty.call('document:open', { id: again.documents[0]! })).annotations).toHaveLength(4);
  });
});
