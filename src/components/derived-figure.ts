/**
 * The figure a <Derived> shows, computed from its props; shared by Derived.astro and `npm run check`, so
 * both fail with the same message, prefixed with the file and line of the element.
 */
import { convert, growth, multiple, share, type DerivedFigure } from '../facts/derived';
import type { FactId } from '../facts/registry';
import type { Currency } from '../facts/types';

export type DerivedRequest =
  | { kind: 'growth'; from: FactId; to: FactId }
  | { kind: 'multiple' | 'share'; of: FactId; by: FactId }
  | { kind: 'convert'; of: FactId; to: Currency };

export function derivedFigure(request: DerivedRequest, where: string): DerivedFigure {
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
