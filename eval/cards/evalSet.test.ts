import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelPath, readEvalText, repoRoot, sourcePath } from './files';
import { parseLabelFile } from './labels';
import { EVAL_TEXTS } from './manifest';

const squash = (text: string): string => text.replace(/\s+/g, ' ').toLowerCase();

describe('the card evaluation set', () => {
  it('has at least three texts of each kind, about a third of them held out, at least one of each kind', () => {
    for (const kind of ['interview', 'news', 'expository'] as const) {
      const ofKind = EVAL_TEXTS.filter((entry) => entry.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThanOrEqual(3);
      expect(ofKind.some((entry) => entry.heldOut), kind).toBe(true);
    }
    const heldOut = EVAL_TEXTS.filter((entry) => entry.heldOut).length / EVAL_TEXTS.length;
    expect(heldOut).toBeGreaterThanOrEqual(0.25);
    expect(heldOut).toBeLessThanOrEqual(0.4);
    expect(new Set(EVAL_TEXTS.map((entry) => entry.slug)).size).toBe(EVAL_TEXTS.length);
  });

  it.each(EVAL_TEXTS.map((entry) => [entry.slug, entry] as const))('%s: the text is 2–35 KB and has a source record with a licence', (slug, entry) => {
    const bytes = statSync(join(repoRoot, entry.file)).size;
    expect(bytes).toBeGreaterThanOrEqual(2_000);
    expect(bytes).toBeLessThanOrEqual(35 * 1024);
    const record = readFileSync(sourcePath(slug), 'utf8');
    for (const field of ['Source', 'Licence', 'Conversion']) expect(record, field).toMatch(new RegExp(`^- \\*\\*${field}:\\*\\* \\S`, 'm'));
  });

  it.each(EVAL_TEXTS.map((entry) => [entry.slug, entry] as const))('%s: every gold fact comes from a sentence of the text and names an answer found there', async (_slug, entry) => {
    const text = squash(await readEvalText(entry));
    expect(entry.gold.length).toBeGreaterThan(0);
    for (const fact of entry.gold) {
      expect(text.includes(squash(fact.sentence)), `sentence of "${fact.about}"`).toBe(true);
      expect(fact.answers.length, fact.about).toBeGreaterThan(0);
      expect(fact.answers.some((answer) => text.includes(squash(answer))), `an answer of "${fact.about}" in the text`).toBe(true);
    }
  });

  it.each(EVAL_TEXTS.map((entry) => [entry.slug] as const))('%s: the labels parse, every trivial or broken card with a reason', (slug) => {
    expect(existsSync(labelPath(slug))).toBe(true);
    expect(() => parseLabelFile(readFileSync(labelPath(slug), 'utf8'))).not.toThrow();
  });

  it('keeps no label file or text for a slug the manifest does not list', () => {
    const slugs = new Set(EVAL_TEXTS.map((entry) => entry.slug));
    const labelled = readdirSync(join(repoRoot, 'eval/cards/labels')).map((file) => file.replace(/\.json$/, ''));
    const recorded = readdirSync(join(repoRoot, 'eval/cards/texts')).map((file) => file.replace(/\.(source\.md|txt|md)$/, ''));
    expect([...labelled, ...recorded].filter((slug) => !slugs.has(slug))).toEqual([]);
  });
});
