/** Posts as Reddit's subreddit feeds send them (`https://www.reddit.com/r/<name>/.rss`): Atom, HTML bodies escaped. */

function entry(id: string, author: string, title: string, bodyHtml: string, published: string): string {
  const escaped = `&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;${bodyHtml}&lt;/div&gt;&lt;!-- SC_ON --&gt; &amp;#32; submitted by &amp;#32; &lt;a href=&quot;https://www.reddit.com/user/${author}&quot;&gt; /u/${author} &lt;/a&gt; &lt;br/&gt; &lt;span&gt;&lt;a href=&quot;https://www.reddit.com/r/stocks/comments/${id}/&quot;&gt;[link]&lt;/a&gt;&lt;/span&gt;`;
  return `<entry><author><name>/u/${author}</name><uri>https://www.reddit.com/user/${author}</uri></author><category term="stocks" label="r/stocks"/><content type="html">${escaped}</content><id>t3_${id}</id><link href="https://www.reddit.com/r/stocks/comments/${id}/post/" /><updated>${published}</updated><published>${published}</published><title>${title}</title></entry>`;
}

/** r/stocks with posts tied by cashtag, by lower-case cashtag, by company name, and one about no watched symbol. */
export const REDDIT_ATOM_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><category term="stocks" label="r/stocks"/><updated>2025-06-04T12:00:00+00:00</updated><icon>https://www.redditstatic.com/icon.png/</icon><id>/r/stocks/.rss</id><link rel="self" href="https://www.reddit.com/r/stocks/.rss" type="application/atom+xml" /><link rel="alternate" href="https://www.reddit.com/r/stocks/" type="text/html" /><subtitle>Almost any post related to stocks is welcome on r/stocks.</subtitle><title>Stocks - Investing and trading for all</title>${[
  entry('1d01', 'bull_run', '$AAPL earnings beat, strong growth ahead', '&lt;p&gt;Record profit and the buyback got bigger.&lt;/p&gt;', '2025-06-04T10:58:00+00:00'),
  entry('1d02', 'worried', 'Thoughts on the selloff?', '&lt;p&gt;Nvidia shares plunged after the export ban; losses could deepen.&lt;/p&gt;', '2025-06-04T09:30:00+00:00'),
  entry('1d03', 'mod', 'Daily discussion thread', '&lt;p&gt;Ask anything about markets here.&lt;/p&gt;', '2025-06-04T06:00:00+00:00'),
  entry('1d04', 'dip_buyer', 'Bought more $tsla and $MSFT today', '&lt;p&gt;Both looked cheap after the drop.&lt;/p&gt;', '2025-06-03T20:15:00+00:00'),
].join('')}</feed>`;
