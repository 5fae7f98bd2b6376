/**
 * Fails the build on a prop a chapter component does not take (`<Chart id="revenue-growth" stat="common" />`),
 * naming the file, the line, the prop and the closest allowed names. Astro passes unknown props through
 * silently, so without this a typo shows the wrong view with no error.
 */
import path from 'node:path';
import { chartProps } from '../charts/prop-names.ts';
import { scrollyProps, stepProps } from '../charts/scrolly/prop-names.ts';
import { citeProps, derivedProps, factProps } from '../components/prop-names.ts';
import { closestIds } from './edit-distance.ts';

export const allowedProps: Readonly<Record<string, readonly string[]>> = {
  Fact: factProps,
  Derived: derivedProps,
  Cite: citeProps,
  Chart: chartProps,
  Scrolly: scrollyProps,
  Step: stepProps,
};

export interface JsxAttribute {
  type: string;
  name?: string;
}

export interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  position?: { start: { line: number } };
  children?: JsxNode[];
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

/** Every unknown prop in an MDX tree, one message per prop, in document order. */
export function unknownProps(node: JsxNode, file: string): string[] {
  const isElement = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  const allowed = isElement && node.name ? allowedProps[node.name] : undefined;
  const here: string[] = [];
  if (allowed && node.name) {
    const where = `${file}:${node.position?.start.line ?? 0}`;
    const takes = `<${node.name}> takes ${allowed.join(', ')}`;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute') {
        here.push(`${where}: <${node.name}> does not take spread props ({...}); ${takes}.`);
      } else if (attribute.name && !allowed.includes(attribute.name)) {
        const nearest = closestIds(attribute.name, allowed, 2).map((name) => `"${name}"`).join(' or ');
        here.push(`${where}: <${node.name}> has no prop "${attribute.name}". Did you mean ${nearest}? ${takes}.`);
      }
    }
  }
  return [...here, ...(node.children ?? []).flatMap((child) => unknownProps(child, file))];
}

export function remarkStrictProps() {
  return (tree: JsxNode, file: VFileLike) => {
    const where = file.path ? path.relative(file.cwd ?? process.cwd(), file.path) : 'unknown MDX file';
    const problems = unknownProps(tree, where);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
}
