/**
 * The figure a <Derived> shows, computed from its props; shared by Derived.astro and `npm run check`, so
 * both fail with the same message, prefixed with the file and line of the element.
 */
import { convert, growth, multiple, share, type DerivedFigure } from '../facts/derived';
import { getFact, type FactId } from '../facts/registry';
import type { Currency } from '../facts/types';

export type DerivedRequest =
  | { kind: 'growth'; from: FactId; to: FactId }
  | { kind: 'multiple' | 'share'; of: FactId; by: FactId }
  | { kind: 'convert'; of: FactId; to: Currency };

/** The facts a request computes from (a conversion's `to` is a currency). */
function inputsOf(request: DerivedRequest): string[] {
  switch (request.kind) {
    case 'growth':
      return [request.from, request.to];
    case 'convert':
      return [request.of];
    default:
      return [request.of, request.by];
  }
}

export function derivedFigure(request: DerivedRequest, where: string): DerivedFigure {
  // An unknown id fails here, naming the element's line and the closest ids, before any arithmetic.
  for (const id of inputsOf(request)) getFact(id, where);
  try {
    switch (request.kind) {
      case 'growth':
        return growth(request.from, request.to);
      case 'multiple':
        return multiple(request.of, request.by);
      case 'share':
        return share(request.of, request.by);
      case 'convert':
        return convert(request.of, request.to, 'million');
    }
  } catch (error) {
    throw new Error(`${where}: <Derived kind="${request.kind}">: ${(error as Error).message}`, { cause: error });
  }
}
