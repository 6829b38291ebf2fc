import type { FeedDocument, FeedEntry } from './feed-document.js';
import { xmlAttributes, xmlElement } from './xml-escape.js';

/** An ISO-8601 instant as RSS dates are written (RFC 822, in GMT). */
function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

function item(entry: FeedEntry): string {
  return [
    '<item>',
    xmlElement('title', entry.title),
    xmlElement('link', entry.link),
    xmlElement('guid', entry.id, { isPermaLink: 'false' }),
    xmlElement('pubDate', rfc822(entry.published)),
    xmlElement('description', entry.summary),
    ...entry.categories.map((category) => xmlElement('category', category)),
    '</item>',
  ].join('\n');
}

/** The feed as an RSS 2.0 document (UTF-8), with an `atom:link` to itself as feed validators ask. */
export function writeRss(feed: FeedDocument): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    xmlElement('title', feed.title),
    xmlElement('link', feed.link),
    xmlElement('description', feed.description),
    xmlElement('lastBuildDate', rfc822(feed.updated)),
    xmlElement('generator', feed.author),
    `<atom:link${xmlAttributes({ href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...feed.entries.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
