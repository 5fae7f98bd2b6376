/**
 * An Atom feed (RFC 4287) as text. Written by hand rather than with a feed library: the format needs a
 * dozen elements, and every value passes through one escaping function.
 */

export interface AtomEntry {
  /** Permanent and unique: a URL that will not be reused for anything else. */
  id: string;
  title: string;
  /** The page the entry is about. */
  link: string;
  /** Plain text. */
  summary: string;
  published?: Date;
  updated: Date;
  /** Atom categories, e.g. "chapter" or "correction". */
  category: string;
}

export interface AtomFeed {
  /** The feed's own URL, also its id. */
  self: string;
  /** The edition's home page. */
  home: string;
  /** BCP 47, as on the pages. */
  lang: string;
  title: string;
  subtitle: string;
  author: string;
  icon: string;
  entries: readonly AtomEntry[];
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function link(href: string, rel: 'self' | 'alternate', type: string): string {
  return `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title)}`,
    `    ${link(entry.link, 'alternate', 'text/html')}`,
    ...(entry.published ? [`    ${element('published', entry.published.toISOString())}`] : []),
    `    ${element('updated', entry.updated.toISOString())}`,
    `    <category term="${escapeXml(entry.category)}"/>`,
    `    ${element('summary', entry.summary)}`,
    '  </entry>',
  ].join('\n');
}

/** Entries newest first, the feed's date the newest entry's; a feed with no entries is a build error. */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  const newest = entries[0];
  if (!newest) throw new Error(`The Atom feed ${feed.self} has no entries`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.self)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${link(feed.self, 'self', 'application/atom+xml')}`,
    `  ${link(feed.home, 'alternate', 'text/html')}`,
    `  ${element('updated', newest.updated.toISOString())}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${element('icon', feed.icon)}`,
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
