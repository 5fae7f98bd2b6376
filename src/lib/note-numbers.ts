/**
 * Numbers and element ids for the notes of one page. Keyed by the page's request, so each built page
 * counts from one. A chapter registers the order its passages are cited in (read from its MDX source)
 * before its body renders, so the markers in the text and the printed endnotes share their numbers.
 */
const citationOrders = new WeakMap<Request, string[]>();
const noteCounters = new WeakMap<Request, number>();

export function setCitationOrder(request: Request, passageIds: readonly string[]): void {
  citationOrders.set(request, [...passageIds]);
}

/** The endnote number of a passage on this page; a passage the order does not list yet is appended. */
export function citationNumber(request: Request, passageId: string): number {
  const order = citationOrders.get(request) ?? [];
  if (!order.includes(passageId)) order.push(passageId);
  citationOrders.set(request, order);
  return order.indexOf(passageId) + 1;
}

/** A fresh element id for a note popover, unique within the page. */
export function nextNoteId(request: Request): string {
  const next = (noteCounters.get(request) ?? 0) + 1;
  noteCounters.set(request, next);
  return `note-${next}`;
}
