/**
 * Runs axe-core on a loaded page and words its violations one per line, and picks which of a page's
 * repeating entries axe needs to see.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface RepresentativeEntries {
  /** How many elements matched the entry selector. */
  total: number;
  /** The id of the first entry of each distinct markup shape. */
  kept: string[];
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
  const { total, kept } = await page.$$eval(selector, (entries) => {
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
    return { total: entries.length, kept: [...firstOfShape.values()] };
  });
  if (kept.some((id) => id === '')) throw new Error(`every "${selector}" entry needs an id to be kept in axe's scope`);
  return { total, kept, others: `${selector}:not(${kept.map((id) => `[id="${id}"]`).join(', ')})` };
}

/**
 * axe's violations on the page as it stands, one line each. Legacy mode runs axe.run() in the page
 * itself: the default mode serialises every node's result, passes included, out of the page and merges
 * them in a second blank page, which took longer than the audit itself on the longest pages. Legacy mode
 * is weaker only for frames from other origins, which no page here has (the axe test asserts no frames).
 */
export async function axeViolations(page: Page, exclude?: string): Promise<string[]> {
  // target-size (WCAG 2.2 AA, 2.5.8) ships disabled in axe; Lighthouse runs it, and phone readers tap notes.
  const builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  if (exclude) builder.exclude(exclude);
  const { violations } = await builder.analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}
