import { describe, expect, it } from 'vitest';
import { writeAtom } from './atom-writer.js';
import type { FeedDocument } from './feed-document.js';
import { writeRss } from './rss-writer.js';
import { childrenNamed, childText, parseStrictXml, type StrictXmlElement } from './strict-xml.test-support.js';
import { escapeXml } from './xml-escape.js';

const ATOM = '{http://www.w3.org/2005/Atom}';
const HOSTILE = `Q&A <b>"bold"</b> it's > 5 \u0001\u0008done`;
const CLEANED = `Q&A <b>"bold"</b> it's > 5 done`;

const FEED: FeedDocument = {
  title: 'GoldenSignals & friends',
  description: HOSTILE,
  link: 'https://signals.example.com/signals?symbols=AAPL&view=list',
  selfUrl: 'https://signals.example.com/api/v1/feeds/signals.rss?token=gsf_a&actions=BUY',
  id: 'urn:goldensignals:feed:signals',
  updated: '2026-11-24T14:30:00.000Z',
  author: 'GoldenSignals',
  entries: [
    {
      id: '4f1c2a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f',
      title: 'BUY AAPL 72%',
      link: 'https://signals.example.com/signals?symbols=AAPL&signal=4f1c2a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f',
      published: '2026-11-24T14:30:00.000Z',
      updated: '2026-11-24T15:00:00.000Z',
      summary: HOSTILE,
      categories: ['BUY', 'AAPL', '<1d>'],
    },
    {
      id: '00000000-0000-4000-8000-000000000001',
      title: 'SELL "MSFT" 61%',
      link: 'https://signals.example.com/signals?symbols=MSFT',
      published: '2026-11-23T09:00:00.000Z',
      updated: '2026-11-23T09:00:00.000Z',
      summary: 'Stop 401.2 & target 380',
      categories: [],
    },
  ],
};

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids, keeping tabs, line breaks and astral characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('tab\there\r\nnew 📈')).toBe('tab\there\r\nnew 📈');
  });
});

describe('the strict parser the feed tests rely on', () => {
  it('refuses what is not well-formed XML', () => {
    expect(() => parseStrictXml('<a>Q&A</a>')).toThrow();
    expect(() => parseStrictXml('<a>1 < 2</a>')).toThrow();
    expect(() => parseStrictXml('<a>\u0001</a>')).toThrow();
    expect(() => parseStrictXml('<a><b></a>')).toThrow();
    expect(() => parseStrictXml('<x:a/>')).toThrow();
  });
});

describe('writeRss', () => {
  it('writes an RSS 2.0 document that parses back with every value as given', () => {
    const xml = writeRss(FEED);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const rss = parseStrictXml(xml);
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const [channel] = childrenNamed(rss, 'channel');
    expect(childText(channel, 'title')).toBe('GoldenSignals & friends');
    expect(childText(channel, 'description')).toBe(CLEANED);
    expect(childText(channel, 'link')).toBe(FEED.link);
    expect(childText(channel, 'lastBuildDate')).toBe('Tue, 24 Nov 2026 14:30:00 GMT');
    expect(childrenNamed(channel, `${ATOM}link`).map((link) => link.attributes)).toEqual([{ href: FEED.selfUrl, rel: 'self', type: 'application/rss+xml' }]);

    const items = childrenNamed(channel, 'item');
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(childText(first, 'title')).toBe('BUY AAPL 72%');
    expect(childText(first, 'link')).toBe(FEED.entries[0].link);
    const [guid] = childrenNamed(first, 'guid');
    expect([guid.text, guid.attributes.isPermaLink]).toEqual(['4f1c2a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f', 'false']);
    expect(childText(first, 'pubDate')).toBe('Tue, 24 Nov 2026 14:30:00 GMT');
    expect(childText(first, 'description')).toBe(CLEANED);
    expect(childrenNamed(first, 'category').map((category) => category.text)).toEqual(['BUY', 'AAPL', '<1d>']);
    expect(childText(second, 'title')).toBe('SELL "MSFT" 61%');
    expect(childText(second, 'description')).toBe('Stop 401.2 & target 380');
    expect(childrenNamed(second, 'category')).toEqual([]);
  });

  it('writes a valid empty channel', () => {
    const [channel] = childrenNamed(parseStrictXml(writeRss({ ...FEED, entries: [] })), 'channel');
    expect(childrenNamed(channel, 'item')).toEqual([]);
    expect(childText(channel, 'title')).toBe('GoldenSignals & friends');
  });
});

describe('writeAtom', () => {
  function entries(feed: StrictXmlElement): StrictXmlElement[] {
    return childrenNamed(feed, `${ATOM}entry`);
  }

  it('writes an Atom 1.0 document in the Atom namespace that parses back with every value as given', () => {
    const feed = parseStrictXml(writeAtom(FEED));
    expect(feed.name).toBe(`${ATOM}feed`);
    expect(childText(feed, `${ATOM}id`)).toBe('urn:goldensignals:feed:signals');
    expect(childText(feed, `${ATOM}title`)).toBe('GoldenSignals & friends');
    expect(childText(feed, `${ATOM}subtitle`)).toBe(CLEANED);
    expect(childText(feed, `${ATOM}updated`)).toBe('2026-11-24T14:30:00.000Z');
    expect(childrenNamed(feed, `${ATOM}link`).map((link) => [link.attributes.rel, link.attributes.href])).toEqual([
      ['self', FEED.selfUrl],
      ['alternate', FEED.link],
    ]);
    const [author] = childrenNamed(feed, `${ATOM}author`);
    expect(childText(author, `${ATOM}name`)).toBe('GoldenSignals');

    const [first, second] = entries(feed);
    expect(childText(first, `${ATOM}id`)).toBe('urn:uuid:4f1c2a9e-1b2c-4d3e-8f40-5a6b7c8d9e0f');
    expect(childText(first, `${ATOM}title`)).toBe('BUY AAPL 72%');
    expect(childrenNamed(first, `${ATOM}link`).map((link) => link.attributes.href)).toEqual([FEED.entries[0].link]);
    expect(childText(first, `${ATOM}published`)).toBe('2026-11-24T14:30:00.000Z');
    expect(childText(first, `${ATOM}updated`)).toBe('2026-11-24T15:00:00.000Z');
    expect(childText(first, `${ATOM}summary`)).toBe(CLEANED);
    expect(childrenNamed(first, `${ATOM}category`).map((category) => category.attributes.term)).toEqual(['BUY', 'AAPL', '<1d>']);
    expect(childText(second, `${ATOM}title`)).toBe('SELL "MSFT" 61%');
    expect(childText(second, `${ATOM}id`)).toBe('urn:uuid:00000000-0000-4000-8000-000000000001');
  });

  it('writes a valid feed without entries', () => {
    const feed = parseStrictXml(writeAtom({ ...FEED, entries: [] }));
    expect(entries(feed)).toEqual([]);
    expect(childText(feed, `${ATOM}updated`)).toBe('2026-11-24T14:30:00.000Z');
  });
});
