/**
 * Stamps every <Fact>, <Derived>, <Cite> (and chart) element in an MDX file with the file and line it sits on, so that a
 * wrong fact id fails the build naming the exact place an editor has to fix.
 */
import path from 'node:path';

interface MdxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value: string;
}

interface MdastNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

export const locatedElements = new Set(['Fact', 'Derived', 'Cite', 'Chart', 'Scrolly', 'Step']);

function stamp(node: MdastNode, file: string): void {
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isElement && node.name && locatedElements.has(node.name)) {
    const line = node.position?.start.line ?? 0;
    node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'usedIn', value: `${file}:${line}` }];
  }
  for (const child of node.children ?? []) stamp(child, file);
}

export function remarkCiteLocation() {
  return (tree: MdastNode, file: VFileLike) => {
    const where = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : 'unknown MDX file';
    stamp(tree, where);
  };
}
