import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFlag, dataDirOverride, resourcesDir } from './launchOptions';

const cwd = path.resolve('/home/reader');

describe('dataDirFlag', () => {
  it.each([
    [['electron', '.', '--data-dir=/tmp/a'], '/tmp/a'],
    [['gloss', '--data-dir', '/tmp/b'], '/tmp/b'],
    [['gloss', '--data-dir=/tmp/a', '--data-dir', '/tmp/b'], '/tmp/b'],
    [['gloss', '--data-dir=dir with spaces'], 'dir with spaces'],
    [['gloss', '--data-dir=a=b'], 'a=b'],
  ])('reads %j as %s', (argv, expected) => {
    expect(dataDirFlag(argv)).toBe(expected);
  });

  it.each([
    [['gloss']],
    [['gloss', '--data-dir']],
    [['gloss', '--data-dir=']],
    [['gloss', '--data-dir', '']],
    [['gloss', '--data-dir', '--inspect']],
    [['gloss', '--data-directory=/tmp/x']],
    [['gloss', '--', '--data-dir=/tmp/x']],
  ])('finds no directory in %j', (argv) => {
    expect(dataDirFlag(argv)).toBeNull();
  });
});

describe('dataDirOverride', () => {
  it('uses GLOSS_DATA_DIR when no flag is given', () => {
    expect(dataDirOverride(['gloss'], { GLOSS_DATA_DIR: '/data/gloss' }, cwd)).toBe(path.resolve('/data/gloss'));
  });

  it('prefers the flag over GLOSS_DATA_DIR', () => {
    expect(dataDirOverride(['gloss', '--data-dir=/flag'], { GLOSS_DATA_DIR: '/env' }, cwd)).toBe(path.resolve('/flag'));
  });

  it('resolves relative directories against the working directory', () => {
    expect(dataDirOverride(['gloss', '--data-dir', 'notes'], {}, cwd)).toBe(path.join(cwd, 'notes'));
  });

  it('falls back to the default when neither is set, or the variable is empty', () => {
    expect(dataDirOverride(['gloss'], {}, cwd)).toBeNull();
    expect(dataDirOverride(['gloss'], { GLOSS_DATA_DIR: '' }, cwd)).toBeNull();
  });
});

describe('resourcesDir', () => {
  it('uses the project resources folder in development and resourcesPath when packaged', () => {
    const location = { appPath: '/src/gloss', resourcesPath: '/opt/Gloss/resources' };
    expect(resourcesDir({ ...location, isPackaged: false })).toBe(path.join('/src/gloss', 'resources'));
    expect(resourcesDir({ ...location, isPackaged: true })).toBe('/opt/Gloss/resources');
  });
});
