import { describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../core/storage/dataDirLock';
import { DataDirUnusableError } from '../core/storage/prepareDataDir';
import { NewerSchemaError } from '../core/storage/versionedFile';
import { explainStartupError } from './startupError';

describe('explainStartupError', () => {
  it('shows the message of a locked data folder as written for the user', () => {
    const error = new DataDirLockedError('/data/gloss');
    expect(explainStartupError(error, '/data/gloss')).toEqual({ title: 'Gloss is already running', message: error.message, expected: true });
  });

  it('shows the message of data from a newer version as written for the user', () => {
    const error = new NewerSchemaError('/data/gloss/library.json', 9, 1);
    expect(explainStartupError(error, '/data/gloss')).toMatchObject({ message: error.message, expected: true });
  });

  it('shows why a data folder cannot be used as written for the user', () => {
    const error = new DataDirUnusableError('/data/notes.txt', 'it is a file, not a folder.');
    expect(explainStartupError(error, '/data/notes.txt')).toEqual({ title: 'Gloss cannot use its data folder', message: error.message, expected: true });
  });

  it('names the folder and the reason for anything else', () => {
    const report = explainStartupError(new Error('EACCES: permission denied'), '/data/gloss');
    expect(report.expected).toBe(false);
    expect(report.message).toContain('/data/gloss');
    expect(report.message).toContain('EACCES');
    expect(explainStartupError('odd', '/d').message).toContain('odd');
  });
});
