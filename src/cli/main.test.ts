import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commandTable';
import { cliHarness } from './testing/cliHarness';

describe('gloss: global options and dispatch', () => {
  it('--version prints the version, --help and help the list of commands, all with status 0', async () => {
    const cli = await cliHarness();
    expect(await cli.run('--version')).toEqual({ code: 0, stdout: '9.8.7\n', stderr: '' });
    const help = await cli.run('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name} `);
    expect(help.stdout).toMatch(/Exit status: 0 success, 1 failure .*, 2 wrong usage/);
    expect((await cli.run('help')).stdout).toBe(help.stdout);
    expect((await cli.run('-h')).stdout).toBe(help.stdout);
  });

  it('every command has its own usage, shown by help COMMAND, --help and -h', async () => {
    const cli = await cliHarness();
    for (const command of COMMANDS) {
      expect(command.usage).toMatch(new RegExp(`^Usage: gloss ${command.name}\\b`));
      expect(await cli.run('help', command.name)).toEqual({ code: 0, stdout: `${command.usage}\n`, stderr: '' });
      expect((await cli.run(command.name, '--help')).stdout).toBe(`${command.usage}\n`);
      expect((await cli.run(command.name, '-h')).code).toBe(0);
    }
  });

  it('refuses with status 2 and the usage: no command, an unknown command, an unknown global option', async () => {
    const cli = await cliHarness();
    for (const argv of [[], ['frobnicate'], ['--verbose', 'list'], ['--data-dir']]) {
      const run = await cli.run(...argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^gloss: .+\n\nUsage: gloss /);
    }
    expect((await cli.run('frobnicate')).stderr).toMatch(/^gloss: Unknown command 'frobnicate'\./);
    expect((await cli.run('help', 'frobnicate')).stderr).toMatch(/^gloss help: There is no command 'frobnicate'\.\n\nUsage: gloss help/);
  });

  it("a command's usage mistake gives status 2 with that command's usage; a failure status 1 with one line", async () => {
    const cli = await cliHarness();
    const unknown = await cli.run('list', '--jsn');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^gloss list: Unknown option '--jsn'\.\n\nUsage: gloss list/);
    expect((await cli.run('text')).stderr).toMatch(/^gloss text: Missing ID\.\n\nUsage: gloss text ID/);
    expect((await cli.run('text', 'a', 'b')).stderr).toMatch(/^gloss text: Unexpected argument 'b'\./);
    const failed = await cli.run('list');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(`gloss list: There is no Gloss library in ${cli.dataDir}. Start Gloss, or import a file with gloss import, to make one.\n`);
  });

  it('takes the library from --data-dir (a command’s own first), else GLOSS_DATA_DIR, else the default', async () => {
    const cli = await cliHarness();
    expect((await cli.run('--data-dir', 'global', 'serve')).code).toBe(0);
    expect((await cli.run('--data-dir=global', 'serve', '--data-dir', 'own')).code).toBe(0);
    expect((await cli.run('serve')).code).toBe(0);
    const unset = await cliHarness({ envDataDir: null });
    await unset.run('serve');
    expect([...cli.served, ...unset.served].map((args) => args.dataDir)).toEqual([join(cli.dir, 'global'), join(cli.dir, 'own'), cli.dataDir, join(unset.dir, 'home', '.gloss')]);
  });
});
