/** A Markdown file's body without its YAML front matter, and the title the front matter gives. */
export interface SplitFrontMatter {
  body: string;
  title?: string;
}

/** "---" on the first line, YAML, then "---" or "..." on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n(?:([^]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** What YAML front matter opens with: a key. (Text between two thematic breaks, or a setext heading, does not.) */
const YAML_START = /^[A-Za-z_][\w-]*[ \t]*:/;

const TITLE_LINE = /^title[ \t]*:[ \t]*(.*)$/m;

/**
 * Splits YAML front matter (a "---" block at the very top) from a Markdown
 * text and reads its plain `title:`. Only a one-line title is read; a block
 * scalar or anything fancier is left to the first heading.
 */
export function splitFrontMatter(markdown: string): SplitFrontMatter {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { body: markdown };
  const yaml = match[1] ?? '';
  const firstLine = yaml.split('\n').find((line) => line.trim().length > 0) ?? '';
  if (firstLine.length > 0 && !YAML_START.test(firstLine)) return { body: markdown };
  const body = markdown.slice(match[0].length);
  const title = readTitle(yaml);
  return title === undefined ? { body } : { body, title };
}

function readTitle(yaml: string): string | undefined {
  const value = TITLE_LINE.exec(yaml)?.[1]?.trim();
  if (!value || /^[|>]/.test(value)) return undefined;
  const title = unquote(value.replace(/[ \t]+#.*$/, '')).replace(/\s+/g, ' ').trim();
  return title.length > 0 ? title : undefined;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
