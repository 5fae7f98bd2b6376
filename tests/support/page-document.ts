/**
 * A built page's document, parsed once per process. The dist and client tests read the same pages, and
 * each file parsing them again (linkedom, and the garbage it leaves behind) was half the dist project's
 * CPU. The document is shared, so it is read-only: a test that changes a document parses its own.
 */
import { parseHTML } from 'linkedom';

const documents = new Map<string, Document>();

export function pageDocument(html: string): Document {
  const parsed = documents.get(html) ?? (parseHTML(html).document as unknown as Document);
  documents.set(html, parsed);
  return parsed;
}
