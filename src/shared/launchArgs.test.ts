import { describe, expect, it } from 'vitest';
import { LaunchArgsError, parseLaunchArgs } from './launchArgs';

describe('parseLaunchArgs', () => {
  it('defaults to any free port, the default data directory and opening a browser', () => {
    expect(parseLaunchArgs([], {})).toEqual({ port: 0, dataDir: null, open: true, web: false });
  });
  it('reads every flag in both forms', () => {
    expect(parseLaunchArgs(['--port', '4321', '--data-dir=/tmp/g', '--no-open', '--web'], {})).toEqual({
      port: 4321,
      dataDir: '/tmp/g',
      open: false,
      web: true,
    });
  });
  it('takes GLOSS_DATA_DIR, and lets --data-dir win over it', () => {
    expect(parseLaunchArgs([], { GLOSS_DATA_DIR: '/env' }).dataDir).toBe('/env');
    expect(parseLaunchArgs(['--data-dir', '/flag'], { GLOSS_DATA_DIR: '/env' }).dataDir).toBe('/flag');
  });
  it('refuses bad ports, missing values and unknown flags with a message', () => {
    expect(() => parseLaunchArgs(['--port', 'abc'], {})).toThrow(LaunchArgsError);
    expect(() => parseLaunchArgs(['--port', '70000'], {})).toThrow(/0 to 65535/);
    expect(() => parseLaunchArgs(['--data-dir'], {})).toThrow(/needs a value/);
    expect(() => parseLaunchArgs(['--datadir', 'x'], {})).toThrow(/Unknown option "--datadir"/);
  });
});
