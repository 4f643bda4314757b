import type { CategoryId } from '../../../shared/contract';

/**
 * The five highlight colours as RGB, for the codes of a REFI-QDA project:
 * the light theme's swatches (src/renderer/styles/highlights.css), which
 * are what a user picks a colour by.
 */
export const CATEGORY_HEX: Readonly<Record<CategoryId, string>> = {
  c1: '#f5cf3b',
  c2: '#72a7f7',
  c3: '#b88cf2',
  c4: '#5fc98b',
  c5: '#f28b74',
};

/** An RGBType value ("#rrggbb" or "#rgb") as its three channels; null when it is not one. */
function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

/**
 * The highlight colour nearest to a code's colour (by distance in RGB), so a
 * codebook from NVivo or MAXQDA keeps its colours as near as five allow;
 * null for a value that is no colour.
 */
export function nearestCategory(hex: string): CategoryId | null {
  const wanted = channels(hex);
  if (!wanted) return null;
  let best: CategoryId | null = null;
  let bestDistance = Infinity;
  for (const [id, swatch] of Object.entries(CATEGORY_HEX) as [CategoryId, string][]) {
    const [r, g, b] = channels(swatch)!;
    const distance = (r - wanted[0]) ** 2 + (g - wanted[1]) ** 2 + (b - wanted[2]) ** 2;
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best;
}
