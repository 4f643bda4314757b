import type { TextLine, TextRun } from './layoutTypes';

/** Baselines closer than this share a line (in ems): superscripts and subscripts stay on their line. */
const SAME_BASELINE = 0.5;
/** A horizontal gap wider than this (in ems) is a column gutter or a tab stop, not a word space. */
const SEGMENT_GAP = 0.9;
/** A gap wider than this (in ems) between runs is a word space even if neither run carries one. */
const WORD_GAP = 0.15;

/** Splits runs into clusters that share a baseline, top to bottom. */
function clusterByBaseline(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: TextRun[][] = [];
  let anchor: TextRun | undefined;
  for (const run of sorted) {
    const current = clusters.at(-1);
    if (current && anchor && Math.abs(anchor.y - run.y) <= SAME_BASELINE * Math.max(anchor.size, run.size)) {
      current.push(run);
    } else {
      clusters.push([run]);
      anchor = run;
    }
  }
  return clusters;
}

/** The run that carries most of the characters: it gives a line its baseline and size. */
function mainRun(runs: TextRun[]): TextRun {
  return runs.reduce((best, run) => (run.text.length > best.text.length ? run : best));
}

/** Joins runs that stand close together on one baseline into one line's text. */
function toLine(runs: TextRun[]): TextLine {
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    // A run printed twice over itself (fake bold) is read once.
    if (text.endsWith(run.text) && run.x < right - run.width / 2) continue;
    const gap = run.x - right;
    if (text && gap > WORD_GAP * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    right = Math.max(right, run.x + run.width);
  }
  const main = mainRun(runs);
  return { text, x: runs[0]!.x, right, y: main.y, size: main.size };
}

/**
 * Groups a page's runs into lines, top to bottom and left to right. Runs on one
 * baseline separated by a wide gap become separate lines, so that two columns
 * are never read across.
 */
export function groupLines(runs: TextRun[]): TextLine[] {
  const visible = runs.filter((run) => run.text.trim().length > 0);
  const lines: TextLine[] = [];
  for (const cluster of clusterByBaseline(visible)) {
    cluster.sort((a, b) => a.x - b.x);
    let segment: TextRun[] = [];
    let right = -Infinity;
    for (const run of cluster) {
      if (segment.length > 0 && run.x - right > SEGMENT_GAP * run.size) {
        lines.push(toLine(segment));
        segment = [];
      }
      segment.push(run);
      right = Math.max(right, run.x + run.width);
    }
    if (segment.length > 0) lines.push(toLine(segment));
  }
  return lines;
}
