import { describe, expect, it } from 'vitest';
import { GlossError } from '../../shared/contract';
import { explainWriteFailure } from './storageError';
import { UnconfirmedWriteError } from './writeFileAtomic';

const failure = (code: string) => Object.assign(new Error(`${code}: failed, write '/data/library.json'`), { code });

describe('explainWriteFailure', () => {
  it.each([
    ['ENOSPC', /^The disk is full — nothing was saved\./],
    ['EDQUOT', /disk quota is used up — nothing was saved/],
    ['EROFS', /read-only disk — nothing was saved/],
    ['EACCES', /not allowed to write in its data folder — nothing was saved/],
    ['EPERM', /not allowed to write in its data folder — nothing was saved/],
    ['EMFILE', /Too many files are open — nothing was saved/],
    ['ENFILE', /Too many files are open on this computer — nothing was saved/],
    ['EIO', /disk reported a read\/write error — nothing was saved/],
    ['EXYZ', /could not write to its data folder \(EXYZ\) — nothing was saved/],
  ])('names %s in words, without paths or stack', (code, message) => {
    const explained = explainWriteFailure(failure(code));
    expect(explained).toBeInstanceOf(GlossError);
    expect((explained as GlossError).message).toMatch(message);
    expect((explained as GlossError).message).not.toContain('/data/');
    expect((explained as GlossError).cause).toMatchObject({ code });
  });

  it('says a renamed but unsynced write was written, not that nothing was saved', () => {
    const explained = explainWriteFailure(new UnconfirmedWriteError('/data/x.json', failure('EIO'))) as GlossError;
    expect(explained.message).toMatch(/The change was written, but the disk could not confirm it is safe \(EIO\)/);
  });

  it('leaves errors that are not file-system failures as they are', () => {
    const conflict = new GlossError('conflict', 'That card exists already.');
    const bug = new TypeError('x is undefined');
    expect(explainWriteFailure(conflict)).toBe(conflict);
    expect(explainWriteFailure(bug)).toBe(bug);
  });
});
