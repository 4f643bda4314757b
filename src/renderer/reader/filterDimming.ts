/**
 * Dimming the highlights the panel's filter leaves out, by a stylesheet
 * rather than by drawing thousands of decorations again. Every mark carries
 * its highlight's id as a class (highlightIdClass), and every mark sets its
 * own --hl-a (highlights.css), which the rules here override by id: a class
 * selector is looked up by its name, so each mark is checked against the
 * rules for its own id only, and sections of the book off screen are not
 * styled at all until they show. Measured on War and Peace with 5,000
 * highlights (npm run bench -- tag), restyling every decoration instead took
 * about ten times longer than the whole filter may.
 */

/** The class a highlight's marks carry with its id (characters a class cannot hold become "_"). */
export function highlightIdClass(id: string): string {
  return `hl-id-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const DIMMED = '--hl-a: var(--hl-dimmed-alpha);';
const FULL = '--hl-a: var(--hl-alpha);';

/** One rule over the marks of these highlights. */
function ruleFor(ids: readonly string[], declaration: string): string {
  return `${ids.map((id) => `.${highlightIdClass(id)}`).join(',\n')} { ${declaration} }`;
}

/**
 * The stylesheet that dims the highlights `leftOut` and keeps `passing` in
 * full, naming whichever list is shorter: every mark dimmed but the few that
 * pass, or only the few left out. Empty when nothing is left out.
 */
export function dimmingRules(passing: readonly string[], leftOut: readonly string[]): string {
  if (leftOut.length === 0) return '';
  if (passing.length === 0) return `.hl { ${DIMMED} }`;
  if (passing.length < leftOut.length) return `.hl { ${DIMMED} }\n${ruleFor(passing, FULL)}`;
  return ruleFor(leftOut, DIMMED);
}

/** A stylesheet of the document's own (CSSOM, which the app's CSP allows), holding the dimming rules. */
export class FilterDimming {
  private readonly sheet = new CSSStyleSheet();
  private rules = '';

  constructor(private readonly doc: Document) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
  }

  /** Uses these rules from now on (the same rules again change nothing). */
  show(rules: string): void {
    if (rules === this.rules) return;
    this.rules = rules;
    this.sheet.replaceSync(rules);
  }

  /** Takes the stylesheet away: nothing is dimmed any more. */
  destroy(): void {
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }
}
