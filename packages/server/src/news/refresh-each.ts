import type { NewsRefreshReport } from './news-service.js';

/** Something refreshed in a news round: a `NewsService` (of news, or of social posts). */
export interface RefreshableNews {
  refresh(symbols: readonly string[], signal?: AbortSignal): Promise<NewsRefreshReport>;
}

/**
 * One news round over several services one after another (the news, then the social posts), reported as one:
 * counts added up, failures listed together. A service that throws ends the round, as one service alone would.
 */
export function refreshEach(services: readonly RefreshableNews[]): (symbols: readonly string[], signal?: AbortSignal) => Promise<NewsRefreshReport> {
  return async (symbols, signal) => {
    let total: NewsRefreshReport = { fetched: 0, duplicates: 0, scored: 0, stored: 0, failures: [] };
    for (const service of services) {
      const report = await service.refresh(symbols, signal);
      total = {
        fetched: total.fetched + report.fetched,
        duplicates: total.duplicates + report.duplicates,
        scored: total.scored + report.scored,
        stored: total.stored + report.stored,
        failures: [...total.failures, ...report.failures],
      };
    }
    return total;
  };
}
