/**
 * Runs axe-core on a loaded page and words its violations one per line, and picks which of a page's
 * repeating entries axe needs to see.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ContextObject, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export interface RepresentativeEntries {
  /** How many elements matched the entry selector. */
  total: number;
  /** The id of the first entry of each distinct markup shape. */
  kept: string[];
  /** The shape of each kept entry, in the order of `kept`, to compare shapes across pages. */
  shapes: string[];
  /** A selector for every other entry, to leave out of axe's scope. */
  others: string;
}

/**
 * One entry of each markup shape among the elements a selector matches. A shape is the tree of tags,
 * classes, `lang` values and attribute names, with runs of identical siblings counted once; text and
 * attribute values are left out. Entries of one shape are instances of one component with the same
 * branches taken, so axe finds the same in each (colour contrast, names, roles, nesting), and checking
 * one of them checks them all.
 */
export async function representativeEntries(page: Page, selector: string): Promise<RepresentativeEntries> {
  const { total, kept, shapes } = await page.$$eval(selector, (entries) => {
    const shape = (element: Element): string => {
      const attributes = [...element.attributes]
        .map((attribute) => (attribute.name === 'class' || attribute.name === 'lang' ? `${attribute.name}=${attribute.value}` : attribute.name))
        .sort()
        .join(' ');
      const children = [...element.children].map(shape).filter((child, index, all) => child !== all[index - 1]);
      return `<${element.tagName} ${attributes}>${children.join('')}</>`;
    };
    const firstOfShape = new Map<string, string>();
    for (const entry of entries) {
      const key = shape(entry);
      if (!firstOfShape.has(key)) firstOfShape.set(key, entry.id);
    }
    return { total: entries.length, kept: [...firstOfShape.values()], shapes: [...firstOfShape.keys()] };
  });
  if (kept.some((id) => id === '')) throw new Error(`every "${selector}" entry needs an id to be kept in axe's scope`);
  return { total, kept, shapes, others: `${selector}:not(${kept.map((id) => `[id="${id}"]`).join(', ')})` };
}

/** Source-note popovers not open on the page. */
export const closedNotes = '.note-popup:not(:popover-open)';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** target-size (WCAG 2.2 AA, 2.5.8) ships disabled in axe; Lighthouse runs it, and phone readers tap notes. */
const rules = { 'target-size': { enabled: true } };

/** A page axe has been injected into. */
interface AxeWindow {
  axe: { run: (context: ContextObject, options: RunOptions) => Promise<AxeResults> };
}

/**
 * axe's violations on the page as it stands, one line each, with the selectors of up to five elements.
 *
 * axe runs in the page itself, as @axe-core/playwright's legacy mode did: that package's default mode
 * serialises every node's result out of the page and merges them in a second blank page, which took longer
 * than the audit on the longest pages. The pages here have no frames (the page-visit test asserts it). axe
 * is injected once per document, so the checks of one load share it, and a page reused for the next visit
 * compiles it from the browser's cache. The audit runs without building CSS selectors for its results, a
 * quarter of its time on long pages; only when it finds something does it run again with them, to say where.
 *
 * A chapter holds a hundred closed source notes, a third of its elements: each shape of note is checked
 * open, where a reader meets it, in tests/browser/notes.test.ts, so closed notes are left out of the scope.
 */
export interface AxeScope {
  include?: string;
  exclude?: string;
  /** Only these rules (axe's runOnly), e.g. the colour rules when only the theme changed. */
  only?: string[];
}

/** The rules a change of colour theme can change the outcome of: text contrast, and links told from text by colour. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const included = scope.include ? [scope.include] : ['html'];
  const excluded = [closedNotes, ...(scope.exclude ? [scope.exclude] : [])];
  const audit = (selectors: boolean): Promise<AxeResults> =>
    page.evaluate(
      ([included, excluded, rules, only, selectors]) =>
        (window as unknown as AxeWindow).axe.run(
          { include: included, exclude: excluded },
          {
            rules,
            ...(only.length > 0 ? { runOnly: { type: 'rule', values: only } } : {}),
            resultTypes: ['violations'],
            selectors,
            ancestry: false,
            xpath: false,
            elementRef: false,
          },
        ),
      [included, excluded, rules, scope.only ?? [], selectors] as const,
    );
  const quick = await audit(false);
  if (quick.violations.length === 0) return [];
  const { violations } = await audit(true);
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}
