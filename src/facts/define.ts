import type { FactDefinition } from './types';

/** Keeps each id as a literal type, so `FactId` is a union and a mistyped id fails type-checking. */
export function defineFacts<const T extends readonly FactDefinition[]>(facts: T): T {
  return facts;
}
