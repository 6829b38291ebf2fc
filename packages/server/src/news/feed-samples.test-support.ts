/** Sample feeds in the shapes publishers send them, for the parser, reader and service tests. */

/** RSS 2.0 with the usual extensions: CDATA, escaped HTML, dc:date, content:encoded, a relative link, a guid-only item. */
export const RSS_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Market Wire</title>
    <link>https://wire.example.com/</link>
    <atom:link href="https://wire.example.com/feed.xml" rel="self" type="application/rss+xml"/>
    <item>
      <title><![CDATA[Apple beats estimates as iPhone sales jump]]></title>
      <link>https://wire.example.com/apple-beats?utm_source=rss&amp;utm_medium=feed</link>
      <guid isPermaLink="false">wire-1001</guid>
      <description>&lt;p&gt;Apple Inc. (NASDAQ: AAPL) reported profit &lt;b&gt;above&lt;/b&gt; forecasts&amp;nbsp;&amp;mdash; shares rose.&lt;/p&gt;</description>
      <pubDate>Tue, 03 Jun 2025 13:30:00 GMT</pubDate>
      <category>Technology</category>
    </item>
    <item>
      <title>$TSLA falls after deliveries miss &amp; margins shrink</title>
      <link>/tesla-deliveries</link>
      <dc:date>2025-06-03T15:00:00+02:00</dc:date>
      <content:encoded><![CDATA[<div>Tesla's deliveries <em>missed</em> estimates.</div>]]></content:encoded>
    </item>
    <item>
      <title>Oil steadies in quiet trade</title>
      <guid>https://wire.example.com/oil-steadies</guid>
      <pubDate>Tue, 03 Jun 2025 09:15:00 -0400</pubDate>
      <category>MSFT</category>
    </item>
    <item>
      <title>An item with no date</title>
      <link>https://wire.example.com/undated</link>
    </item>
    <item>
      <description>An item with no title is no headline.</description>
      <pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate>
    </item>
  </channel>
</rss>`;

/** Atom 1.0 with HTML and XHTML content, several links per entry, and a tag-typed category. */
export const ATOM_SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Chip Journal</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2025-06-04T10:00:00Z</updated>
  <entry>
    <title type="html">Nvidia &amp;amp; partners unveil new AI chips</title>
    <link rel="self" href="https://chips.example.com/api/entries/7"/>
    <link rel="alternate" type="text/html" href="entries/7"/>
    <id>tag:chips.example.com,2025:7</id>
    <published>2025-06-04T08:00:00Z</published>
    <updated>2025-06-04T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;NVIDIA shares climbed 3%.&lt;/p&gt;</summary>
    <category term="NVDA"/>
  </entry>
  <entry>
    <title>Semiconductor index slips</title>
    <link href="https://chips.example.com/entries/8"/>
    <id>tag:chips.example.com,2025:8</id>
    <updated>2025-06-04T11:30:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Chip stocks <b>slipped</b> in late trade.</div></content>
  </entry>
</feed>`;

/** RSS 1.0 (RDF): items are siblings of the channel. */
export const RDF_SAMPLE = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.com/"><title>Old Style News</title></channel>
  <item rdf:about="https://old.example.com/1">
    <title>Microsoft raises its dividend</title>
    <link>https://old.example.com/1</link>
    <dc:date>2025-06-02T12:00:00Z</dc:date>
  </item>
</rdf:RDF>`;
