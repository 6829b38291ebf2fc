import { expect, it } from 'vitest';
import type { NewsRefreshReport } from './news-service.js';
import { refreshEach } from './refresh-each.js';

it('refreshes each service in turn with the same symbols and adds their reports up', async () => {
  const asked: string[] = [];
  const service = (name: string, report: NewsRefreshReport) => ({
    refresh: async (symbols: readonly string[]) => {
      asked.push(`${name}: ${symbols.join(',')}`);
      return report;
    },
  });
  const round = refreshEach([
    service('news', { fetched: 5, duplicates: 1, scored: 4, stored: 4, failures: [{ source: 'rss', message: 'feed down' }] }),
    service('social', { fetched: 3, duplicates: 2, scored: 1, stored: 1, failures: [{ source: 'social', message: 'HTTP 429' }] }),
  ]);
  expect(await round(['AAPL', 'MSFT'])).toEqual({
    fetched: 8,
    duplicates: 3,
    scored: 5,
    stored: 5,
    failures: [
      { source: 'rss', message: 'feed down' },
      { source: 'social', message: 'HTTP 429' },
    ],
  });
  expect(asked).toEqual(['news: AAPL,MSFT', 'social: AAPL,MSFT']);
});
