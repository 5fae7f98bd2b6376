/**
 * The one reading of a chapter's MDX: every chapter component with its line and props, the fact, passage
 * and chart ids it cites, its scrollytelling steps, and its prose paragraphs. It walks the tree the MDX
 * parser builds (remark-parse with remark-mdx, the parser Astro's MDX integration runs), so the build's
 * remark plugin, the downloads, the parity and editorial checks, `npm run check` and the tests all read a
 * chapter the same way, quotes of either kind and attributes over several lines included.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const chapterComponents = ['Fact', 'Derived', 'Cite', 'Chart', 'Scrolly', 'Step'] as const;
export type ChapterComponent = (typeof chapterComponents)[number];

/** A prop as the editor wrote it. */
export interface WrittenProp {
  /** Null for a spread (`{...props}`). */
  name: string | null;
  /** The text of a quoted value (`id="…"` or `id='…'`); undefined for an expression or a bare name. */
  text?: string;
  /** The source of an expression value (`digits={2}` gives "2"). */
  expression?: string;
}

export interface ComponentUse {
  name: ChapterComponent;
  /** 1-based line of the element's opening tag in the MDX file. */
  line: number;
  props: readonly WrittenProp[];
  /** For an element inside a <Scrolly>: that Scrolly's use. */
  scrolly?: ComponentUse;
}

/** An id the chapter cites, at the line of its first use. */
export interface CitedId {
  id: string;
  line: number;
}

/** A piece of a prose paragraph: words, or a component that stands in the sentence. */
export type ProsePiece = { kind: 'text'; text: string; line: number } | { kind: 'component'; use: ComponentUse };

export interface ProseParagraph {
  line: number;
  pieces: readonly ProsePiece[];
}

export interface ChapterReading {
  /** Every chapter component, in document order. */
  components: readonly ComponentUse[];
  /** Fact ids cited through <Fact> and <Derived>, each once, in order of first use. */
  facts: readonly CitedId[];
  /** Passage ids cited through <Cite p="…">, each once, in order of first citation. */
  passages: readonly CitedId[];
  /** Charts shown through <Chart id="…"> and <Scrolly chart="…">, each once, in order of first use. */
  charts: readonly CitedId[];
  /** Paragraphs a reader reads (headings excluded), with their components in place. */
  paragraphs: readonly ProseParagraph[];
  /** Headings' words, with their lines. */
  headings: readonly { line: number; text: string }[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The component an element is, if it is one of the chapter components. */
function componentOf(element: Nodes): { element: JsxElement; name: ChapterComponent } | undefined {
  if (!isJsxElement(element)) return undefined;
  const name = chapterComponents.find((component) => component === element.name);
  return name === undefined ? undefined : { element, name };
}

function writtenProps(element: JsxElement): WrittenProp[] {
  return element.attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return { name: null, expression: attribute.value };
    if (typeof attribute.value === 'string') return { name: attribute.name, text: attribute.value };
    if (attribute.value === null || attribute.value === undefined) return { name: attribute.name };
    return { name: attribute.name, expression: attribute.value.value };
  });
}

/** The quoted text of a prop, if it was written as text. */
export function textProp(use: ComponentUse, name: string): string | undefined {
  return use.props.find((prop) => prop.name === name)?.text;
}

/** The ids a `p` attribute names: one or more, separated by spaces. */
function passageIdsOf(p: string): string[] {
  return p.split(/\s+/u).filter((id) => id !== '');
}

/** The fact ids a <Fact> or <Derived> takes as input (a conversion's `to` is a currency, not a fact). */
function factInputs(use: ComponentUse): string[] {
  if (use.name === 'Fact') return [textProp(use, 'id')].filter((id) => id !== undefined);
  if (use.name !== 'Derived') return [];
  const names = textProp(use, 'kind') === 'convert' ? ['of'] : ['from', 'to', 'of', 'by'];
  return names.map((name) => textProp(use, name)).filter((id) => id !== undefined);
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

class Collector {
  readonly components: ComponentUse[] = [];
  readonly paragraphs: ProseParagraph[] = [];
  readonly headings: { line: number; text: string }[] = [];

  visit(node: Nodes, scrolly: ComponentUse | undefined): void {
    if (node.type === 'paragraph') {
      this.paragraphs.push({ line: lineOf(node), pieces: this.pieces(node, scrolly) });
      return;
    }
    if (node.type === 'heading') {
      const text = this.pieces(node, scrolly).map((piece) => (piece.kind === 'text' ? piece.text : '')).join('');
      this.headings.push({ line: lineOf(node), text });
      return;
    }
    let inside = scrolly;
    const component = componentOf(node);
    if (component) {
      const use = this.record(component, scrolly);
      if (use.name === 'Scrolly') inside = use;
    }
    if ('children' in node) for (const child of node.children) this.visit(child, inside);
  }

  private record({ element, name }: { element: JsxElement; name: ChapterComponent }, scrolly: ComponentUse | undefined): ComponentUse {
    const use: ComponentUse = { name, line: lineOf(element), props: writtenProps(element), scrolly };
    this.components.push(use);
    return use;
  }

  /** A paragraph's or heading's inline content, flattened: components stand whole, other markup gives its words. */
  private pieces(node: Nodes, scrolly: ComponentUse | undefined): ProsePiece[] {
    if (node.type === 'text') return [{ kind: 'text', text: node.value, line: lineOf(node) }];
    const component = componentOf(node);
    if (component) {
      const use = this.record(component, scrolly);
      const inner = component.element.children.flatMap((child) => this.pieces(child, use.name === 'Scrolly' ? use : scrolly));
      return [{ kind: 'component', use }, ...inner];
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return [];
    if (node.type === 'break') return [{ kind: 'text', text: '\n', line: lineOf(node) }];
    if ('children' in node) return node.children.flatMap((child) => this.pieces(child, scrolly));
    return [];
  }
}

function firstUses(entries: readonly CitedId[]): CitedId[] {
  const seen = new Map<string, CitedId>();
  for (const entry of entries) if (!seen.has(entry.id)) seen.set(entry.id, entry);
  return [...seen.values()];
}

/** Reads a parsed MDX tree: the build's remark plugin calls this on the tree Astro's MDX pipeline parsed. */
export function readTree(tree: Root): ChapterReading {
  const collector = new Collector();
  collector.visit(tree, undefined);
  const { components } = collector;
  const facts = components.flatMap((use) => factInputs(use).map((id) => ({ id, line: use.line })));
  const passages = components
    .filter((use) => use.name === 'Cite')
    .flatMap((use) => passageIdsOf(textProp(use, 'p') ?? '').map((id) => ({ id, line: use.line })));
  const charts = components.flatMap((use) => {
    const id = use.name === 'Chart' ? textProp(use, 'id') : use.name === 'Scrolly' ? textProp(use, 'chart') : undefined;
    return id === undefined ? [] : [{ id, line: use.line }];
  });
  return {
    components,
    facts: firstUses(facts),
    passages: firstUses(passages),
    charts: firstUses(charts),
    paragraphs: collector.paragraphs,
    headings: collector.headings,
  };
}

/** Frontmatter blanked to spaces, as Astro's MDX integration does, so every line keeps its number. */
function withoutFrontmatter(mdx: string): string {
  const match = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/u.exec(mdx);
  return match ? mdx.replace(match[0], match[0].replace(/[^\r\n]/gu, ' ')) : mdx;
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The MDX tree of a file's source, frontmatter included, with the lines the build's parser gives. */
export function parseMdx(mdx: string): Root {
  return parser.parse(withoutFrontmatter(mdx));
}

const readings = new Map<string, ChapterReading>();

/**
 * Parses an MDX file's source (frontmatter included) and reads it. A syntax error throws the parser's
 * message with its line and column. Readings are kept by source, since pages ask for the same chapter often.
 */
export function readChapter(mdx: string): ChapterReading {
  const known = readings.get(mdx);
  if (known) return known;
  const reading = readTree(parseMdx(mdx));
  readings.set(mdx, reading);
  return reading;
}
