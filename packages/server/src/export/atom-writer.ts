import { entryIri, type FeedDocument, type FeedEntry } from './feed-document.js';
import { xmlAttributes, xmlElement } from './xml-escape.js';

function entry(item: FeedEntry): string {
  return [
    '<entry>',
    xmlElement('id', entryIri(item.id)),
    xmlElement('title', item.title, { type: 'text' }),
    `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: item.link })}/>`,
    xmlElement('published', item.published),
    xmlElement('updated', item.updated),
    xmlElement('summary', item.summary, { type: 'text' }),
    ...item.categories.map((category) => `<category${xmlAttributes({ term: category })}/>`),
    '</entry>',
  ].join('\n');
}

/** The feed as an Atom 1.0 document (RFC 4287, UTF-8). */
export function writeAtom(feed: FeedDocument): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    xmlElement('id', feed.id),
    xmlElement('title', feed.title, { type: 'text' }),
    xmlElement('subtitle', feed.description, { type: 'text' }),
    xmlElement('updated', feed.updated),
    `<link${xmlAttributes({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}/>`,
    `<link${xmlAttributes({ rel: 'alternate', type: 'text/html', href: feed.link })}/>`,
    `<author>${xmlElement('name', feed.author)}</author>`,
    xmlElement('generator', feed.author),
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
