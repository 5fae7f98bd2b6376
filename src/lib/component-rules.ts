/**
 * What a chapter's components must look like, checked on the chapter's one reading before anything renders:
 * only the props each component takes (Astro passes unknown props through silently, so a typo would show
 * the wrong view), the props each one needs, ids written as quoted text (an id in braces cannot be read
 * before rendering), and every <Step> inside a <Scrolly>. Each message names the file, the line and the
 * component. Ids themselves are looked up when the page renders, and by `npm run check`.
 */
import { chartProps } from '../charts/prop-names.ts';
import { scrollyProps, stepProps } from '../charts/scrolly/prop-names.ts';
import { citeProps, derivedProps, factProps } from '../components/prop-names.ts';
import { textProp, type ChapterComponent, type ChapterReading, type ComponentUse } from './chapter-reading.ts';
import type { Currency } from '../facts/types.ts';
import { closestIds } from './edit-distance.ts';

export const allowedProps: Readonly<Record<ChapterComponent, readonly string[]>> = {
  Fact: factProps,
  Derived: derivedProps,
  Cite: citeProps,
  Chart: chartProps,
  Scrolly: scrollyProps,
  Step: stepProps,
};

/** Props that take a number in braces (`digits={2}`); every other prop takes quoted text. */
const numberProps: ReadonlySet<string> = new Set(['digits']);

/** What each kind of <Derived> computes from. */
export const derivedInputs = {
  growth: ['from', 'to'],
  multiple: ['of', 'by'],
  share: ['of', 'by'],
  convert: ['of', 'to'],
} as const satisfies Record<string, readonly string[]>;

/** The currencies a conversion can go to: those with an assumed exchange rate (src/facts/assumptions.ts). */
export const currencies = ['RMB', 'USD', 'HKD'] as const satisfies readonly Currency[];

/** Props every use of a component needs, besides those a <Derived> kind needs. */
const requiredProps: Readonly<Record<ChapterComponent, readonly string[]>> = {
  Fact: ['id'],
  Derived: ['kind'],
  Cite: ['p'],
  Chart: ['id'],
  Scrolly: ['chart'],
  Step: ['state'],
};

function at(file: string, use: ComponentUse): string {
  return `${file}:${use.line}: <${use.name}>`;
}

/** Every unknown or spread prop, one message per prop. */
function unknownProps(use: ComponentUse, file: string): string[] {
  const allowed = allowedProps[use.name];
  const takes = `<${use.name}> takes ${allowed.join(', ')}`;
  return use.props.flatMap((prop) => {
    if (prop.name === null) return [`${at(file, use)} does not take spread props ({...}); ${takes}.`];
    if (allowed.includes(prop.name)) return [];
    const nearest = closestIds(prop.name, allowed, 2).map((name) => `"${name}"`).join(' or ');
    return [`${at(file, use)} has no prop "${prop.name}". Did you mean ${nearest}? ${takes}.`];
  });
}

/** Props written in the wrong form: text where a number belongs, or braces where text belongs. */
function propForms(use: ComponentUse, file: string): string[] {
  return use.props.flatMap((prop) => {
    if (prop.name === null || !allowedProps[use.name].includes(prop.name)) return [];
    if (numberProps.has(prop.name)) {
      const written = prop.expression ?? prop.text ?? '';
      return prop.expression !== undefined && /^\s*[1-9]\d?\s*$/u.test(prop.expression)
        ? []
        : [`${at(file, use)} ${prop.name} takes a whole number in braces, such as ${prop.name}={2}; found ${JSON.stringify(written)}.`];
    }
    if (prop.text !== undefined) return prop.text.trim() === '' ? [`${at(file, use)} ${prop.name}="" is empty.`] : [];
    const found = prop.expression === undefined ? 'a bare name' : `{${prop.expression}}`;
    return [`${at(file, use)} ${prop.name} takes quoted text, such as ${prop.name}="…"; found ${found}.`];
  });
}

function missingProps(use: ComponentUse, file: string): string[] {
  const names = new Set(use.props.map((prop) => prop.name));
  const missing = requiredProps[use.name].filter((name) => !names.has(name));
  if (missing.length > 0) return [`${at(file, use)} needs ${missing.map((name) => `${name}="…"`).join(' and ')}.`];
  return use.name === 'Derived' ? derivedProblems(use, file) : [];
}

function derivedProblems(use: ComponentUse, file: string): string[] {
  const kind = textProp(use, 'kind') ?? '';
  const kinds = Object.keys(derivedInputs);
  if (!Object.hasOwn(derivedInputs, kind)) {
    return [`${at(file, use)} has no kind "${kind}". Did you mean "${closestIds(kind, kinds, 1)[0]}"? Kinds: ${kinds.join(', ')}.`];
  }
  const inputs: readonly string[] = derivedInputs[kind as keyof typeof derivedInputs];
  const written = use.props.flatMap((prop) => (prop.name === null || prop.name === 'kind' || prop.name === 'digits' ? [] : [prop.name]));
  const problems: string[] = [];
  const missing = inputs.filter((name) => !written.includes(name));
  const extra = written.filter((name) => !inputs.includes(name));
  const needs = `<Derived kind="${kind}"> takes ${inputs.map((name) => `${name}="…"`).join(' and ')}`;
  if (missing.length > 0 || extra.length > 0) {
    const wrong = [...missing.map((name) => `no ${name}`), ...extra.map((name) => `an unused ${name}`)].join(' and ');
    problems.push(`${at(file, use)} has ${wrong}; ${needs}.`);
  }
  const currency = textProp(use, 'to');
  if (kind === 'convert' && currency !== undefined && !currencies.some((known) => known === currency)) {
    problems.push(`${at(file, use)} converts to "${currency}"; to="…" is a currency: ${currencies.join(', ')}.`);
  }
  return problems;
}

function placement(use: ComponentUse, file: string, reading: ChapterReading): string[] {
  if (use.name === 'Step' && use.scrolly === undefined) {
    return [`${at(file, use)} sits outside a <Scrolly>; a step is one state of the chart of the <Scrolly chart="…"> around it.`];
  }
  if (use.name === 'Scrolly' && !reading.components.some((other) => other.name === 'Step' && other.scrolly === use)) {
    return [`${at(file, use)} has no <Step state="…"> inside it.`];
  }
  return [];
}

/** Every problem with one component of the chapter. */
export function useProblems(use: ComponentUse, file: string, reading: ChapterReading): string[] {
  return [...unknownProps(use, file), ...propForms(use, file), ...missingProps(use, file), ...placement(use, file, reading)];
}

/** Every problem with the chapter's components, in document order. */
export function componentProblems(reading: ChapterReading, file: string): string[] {
  return reading.components.flatMap((use) => useProblems(use, file, reading));
}
