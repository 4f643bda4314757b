import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliHarness } from '../testing/cliHarness';

describe('gloss serve', () => {
  it('starts browser mode on the port and library asked, opening a tab unless --no-open', async () => {
    const cli = await cliHarness();
    expect((await cli.run('serve')).code).toBe(0);
    expect((await cli.run('serve', '--port', '8123', '--no-open', '--data-dir', 'lib')).code).toBe(0);
    expect(cli.served).toEqual([
      { port: 0, dataDir: cli.dataDir, open: true, web: true },
      { port: 8123, dataDir: join(cli.dir, 'lib'), open: false, web: true },
    ]);
  });

  it('refuses a port that is not one with status 2', async () => {
    const cli = await cliHarness();
    for (const port of ['http', '-1', '70000', '']) {
      const run = await cli.run('serve', `--port=${port}`);
      expect(run.code, port).toBe(2);
      expect(run.stderr).toMatch(/--port takes a number from 0 to 65535/);
    }
    expect(cli.served).toEqual([]);
  });
});
