import { htmlToText } from './html-to-text.js';
import { childElements, parseXml, textContent, type XmlElement } from './parse-xml.js';

/** One article of a feed, as plain text. */
export interface FeedItem {
  /** The feed's own id of the item (RSS `guid`, Atom `id`), when it gives one. */
  readonly id: string | null;
  readonly title: string;
  readonly summary: string | null;
  /** The article's link, made absolute. */
  readonly url: string | null;
  /** Publication time, epoch ms UTC; `null` when the item has no date that parses. */
  readonly time: number | null;
  /** RSS `category` texts and Atom `category` terms (some feeds list tickers there). */
  readonly categories: readonly string[];
}

/** A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom';
  readonly title: string | null;
  /** Items in feed order; items without a title are left out. */
  readonly items: readonly FeedItem[];
}

/** The document is XML, but no feed. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
}

/** Longest summary kept, in characters: enough to read, small enough to store for every item. */
export const MAX_SUMMARY_LENGTH = 1000;

/** The child named `name` as written, else the first whose local name is `name` (`dc:date` for `date`). */
function pick(parent: XmlElement, name: string): XmlElement | undefined {
  let prefixed: XmlElement | undefined;
  for (const child of parent.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    if (prefixed === undefined && child.localName === name) prefixed = child;
  }
  return prefixed;
}

function plain(element: XmlElement | undefined): string | null {
  if (element === undefined) return null;
  const text = htmlToText(textContent(element));
  return text === '' ? null : text;
}

function summaryOf(element: XmlElement | undefined): string | null {
  const text = plain(element);
  return text === null || text.length <= MAX_SUMMARY_LENGTH ? text : `${text.slice(0, MAX_SUMMARY_LENGTH - 1).trimEnd()}…`;
}

function absolute(link: string | null, base: string): string | null {
  if (link === null || link.trim() === '') return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** RFC 822 (RSS) and ISO 8601 (Atom, Dublin Core) dates; nonsense and dates before 1990 are `null`. */
export function parseFeedDate(text: string | null): number | null {
  if (text === null) return null;
  const time = Date.parse(text.trim());
  return Number.isFinite(time) && time >= Date.UTC(1990, 0, 1) ? time : null;
}

function firstDate(parent: XmlElement, names: readonly string[]): number | null {
  for (const name of names) {
    const element = pick(parent, name);
    const time = element === undefined ? null : parseFeedDate(textContent(element));
    if (time !== null) return time;
  }
  return null;
}

function rssItem(item: XmlElement, base: string): FeedItem | null {
  const title = plain(pick(item, 'title'));
  if (title === null) return null;
  const guidElement = pick(item, 'guid');
  const guid = guidElement === undefined ? null : textContent(guidElement).trim() || null;
  // A guid is the article's address unless it says it is not (isPermaLink defaults to true).
  const guidLink = guid !== null && guidElement?.attributes.isPermaLink !== 'false' ? guid : null;
  const link = pick(item, 'link');
  return {
    id: guid,
    title,
    summary: summaryOf(pick(item, 'description') ?? pick(item, 'encoded')),
    url: absolute(link === undefined ? guidLink : (textContent(link) || guidLink), base),
    time: firstDate(item, ['pubDate', 'date', 'published', 'updated']),
    categories: childElements(item, 'category').map((category) => textContent(category).trim()).filter((value) => value !== ''),
  };
}

function atomLink(entry: XmlElement, base: string): string | null {
  const links = entry.children.filter((child): child is XmlElement => typeof child !== 'string' && child.localName === 'link');
  const preferred = links.find((link) => (link.attributes.rel ?? 'alternate') === 'alternate') ?? links[0];
  return absolute(preferred?.attributes.href ?? null, base);
}

function atomEntry(entry: XmlElement, base: string): FeedItem | null {
  const title = plain(pick(entry, 'title'));
  if (title === null) return null;
  const id = pick(entry, 'id');
  return {
    id: id === undefined ? null : textContent(id).trim() || null,
    title,
    summary: summaryOf(pick(entry, 'summary') ?? pick(entry, 'content')),
    url: atomLink(entry, base),
    time: firstDate(entry, ['published', 'updated', 'issued', 'modified']),
    categories: entry.children
      .filter((child): child is XmlElement => typeof child !== 'string' && child.localName === 'category')
      .map((category) => (category.attributes.term ?? textContent(category)).trim())
      .filter((value) => value !== ''),
  };
}

function present<T>(value: T | null): value is T {
  return value !== null;
}

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom document; relative links are resolved against `feedUrl`.
 * Throws `XmlSyntaxError` for text that is not XML and {@link FeedFormatError} for XML that is no feed.
 */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const root = parseXml(xml);
  const itemsOf = (parent: XmlElement, name: string): XmlElement[] =>
    parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.localName === name);
  switch (root.localName) {
    case 'rss': {
      const channel = pick(root, 'channel');
      if (channel === undefined) throw new FeedFormatError('an RSS document without a <channel> element');
      return { format: 'rss', title: plain(pick(channel, 'title')), items: itemsOf(channel, 'item').map((item) => rssItem(item, feedUrl)).filter(present) };
    }
    case 'RDF': {
      const channel = pick(root, 'channel');
      return { format: 'rdf', title: channel === undefined ? null : plain(pick(channel, 'title')), items: itemsOf(root, 'item').map((item) => rssItem(item, feedUrl)).filter(present) };
    }
    case 'feed':
      return { format: 'atom', title: plain(pick(root, 'title')), items: itemsOf(root, 'entry').map((entry) => atomEntry(entry, feedUrl)).filter(present) };
    default:
      throw new FeedFormatError(`not an RSS or Atom feed: the document's root element is <${root.name}>`);
  }
}
