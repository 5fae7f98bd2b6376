/**
 * Keeps a figure or a citation marker on one line with the punctuation after it. Chromium lays the button
 * inside <Fact>, <Derived> and <Cite> out as an atomic inline, and a line may break after an atomic inline
 * even before a full stop, so "。", "，" or "." could start a line on a phone. Each run of those elements
 * written with no space between them, with the closing punctuation that follows it, is wrapped in a
 * <span class="keep-marks"> that does not wrap (src/styles/notes.css).
 */

export const markElements: ReadonlySet<string> = new Set(['Fact', 'Derived', 'Cite']);

/** Punctuation that must not start a line: Chinese full-width closing marks and their Latin counterparts. */
export const closingPunctuation = /^[。，、；：？！）」』》”’…—.,;:?!)\]'"]+/u;

interface MdxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}

export interface MdastNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdastNode[];
  position?: unknown;
}

function isMark(node: MdastNode | undefined): boolean {
  return node?.type === 'mdxJsxTextElement' && typeof node.name === 'string' && markElements.has(node.name);
}

function keepTogether(children: MdastNode[]): MdastNode {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'keep-marks' }],
    children,
  };
}

/** The children of one phrasing parent with each mark run and its closing punctuation kept together. */
export function keepMarksTogether(children: readonly MdastNode[]): MdastNode[] {
  const queue = [...children];
  const result: MdastNode[] = [];
  let index = 0;
  while (index < queue.length) {
    const node = queue[index] as MdastNode;
    if (!isMark(node)) {
      result.push(node);
      index += 1;
      continue;
    }
    const run: MdastNode[] = [];
    while (isMark(queue[index])) run.push(queue[index++] as MdastNode);
    const next = queue[index];
    const punctuation = next?.type === 'text' ? closingPunctuation.exec(next.value ?? '')?.[0] : undefined;
    if (next && punctuation) {
      run.push({ type: 'text', value: punctuation });
      const rest = (next.value ?? '').slice(punctuation.length);
      if (rest.length > 0) queue[index] = { ...next, value: rest };
      else index += 1;
    }
    result.push(run.length > 1 ? keepTogether(run) : (run[0] as MdastNode));
  }
  return result;
}

function visit(node: MdastNode): void {
  if (!node.children) return;
  for (const child of node.children) visit(child);
  if (node.children.some(isMark)) node.children = keepMarksTogether(node.children);
}

export function remarkKeepMarks() {
  return (tree: MdastNode) => visit(tree);
}
