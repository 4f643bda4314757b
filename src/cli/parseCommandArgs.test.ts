import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from './parseCommandArgs';
import { HelpRequested, UsageError } from './usageError';

const OPTIONS = { json: { type: 'boolean' }, doc: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' } } as const;

describe('parseCommandArgs', () => {
  it('gives options and arguments, repeated options as a list, in any order', () => {
    const { values, positionals } = parseCommandArgs(['a.txt', '--doc', 'd1', '-o', 'out.md', '--doc=d2', '--json', '--', '--b.txt'], OPTIONS, { min: 1, max: 3 });
    expect(values).toEqual({ doc: ['d1', 'd2'], output: 'out.md', json: true });
    expect(positionals).toEqual(['a.txt', '--b.txt']);
  });

  it('refuses an unknown option, a missing value and a value given to a switch, in one sentence', () => {
    expect(() => parseCommandArgs(['--jsn'], OPTIONS)).toThrow(new UsageError("Unknown option '--jsn'."));
    expect(() => parseCommandArgs(['-x'], OPTIONS)).toThrow(new UsageError("Unknown option '-x'."));
    expect(() => parseCommandArgs(['--output'], OPTIONS)).toThrow(UsageError);
    expect(() => parseCommandArgs(['--json=yes'], OPTIONS)).toThrow(UsageError);
  });

  it('counts arguments: too few names what is missing, too many names the first extra', () => {
    expect(() => parseCommandArgs([], OPTIONS, { min: 1, name: 'FILE' })).toThrow(new UsageError('Missing FILE.'));
    expect(() => parseCommandArgs(['a', 'b'], OPTIONS, { min: 1 })).toThrow(new UsageError("Unexpected argument 'b'."));
    expect(() => parseCommandArgs(['a'], OPTIONS)).toThrow(new UsageError("Unexpected argument 'a'."));
    expect(parseCommandArgs(['a', 'b', 'c'], OPTIONS, { min: 1, max: Infinity }).positionals).toHaveLength(3);
  });

  it('--help and -h ask for the usage, even beside a mistake', () => {
    expect(() => parseCommandArgs(['--help'], OPTIONS, { min: 1 })).toThrow(HelpRequested);
    expect(() => parseCommandArgs(['-h', 'extra'], OPTIONS)).toThrow(HelpRequested);
  });
});
