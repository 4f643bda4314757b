import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core/openCore';
import { listCommand, textCommand } from './commands';

let core: Core;
afterEach(() => core.close());

async function fresh(): Promise<{ lines: string[]; output: { out: (text: string) => void } }> {
  core = await openCore({ dataDir: await mkdtemp(join(tmpdir(), 'gloss-cli-')), resourcesDir: join(import.meta.dirname, '..', '..', 'resources'), version: 't' });
  const lines: string[] = [];
  return { lines, output: { out: (text) => lines.push(text) } };
}

describe('gloss CLI commands', () => {
  it('list prints one line per document with id, length and title', async () => {
    const { lines, output } = await fresh();
    await listCommand(core, false, output);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^doc-[a-z0-9-]+\t666 words\tInterview with CSTO Secretary-General Imangali Tasmagambetov \(Sputnik Belarus\)$/);
  });

  it('list --json prints the summaries as JSON', async () => {
    const { lines, output } = await fresh();
    await listCommand(core, true, output);
    expect(JSON.parse(lines[0]!)[0].source).toBe('Sputnik Belarus');
  });

  it('text prints the document text, and names a missing id', async () => {
    const { lines, output } = await fresh();
    await listCommand(core, true, output);
    const id = JSON.parse(lines[0]!)[0].id as string;
    await textCommand(core, id, output);
    expect(lines[1]).toMatch(/^In his exclusive interview/);
    await expect(textCommand(core, 'doc-nope', output)).rejects.toThrow('There is no document with id doc-nope.');
  });
});
