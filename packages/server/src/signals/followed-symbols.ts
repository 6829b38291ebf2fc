import type { Database } from '../storage/database.js';
import { AlertRepository } from '../storage/repositories/alert-repository.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';

/**
 * The symbols the server follows (scheduled signals, quote polling, news, the market overview), read afresh on each
 * call: the default watchlist, every symbol on a trader's or admin's watchlist, and the symbols active price and
 * indicator alert rules watch, which need quotes and closed bars to fire even when no watchlist holds them.
 */
export function followedSymbols(database: Database, defaultWatchlist: readonly string[]): () => Promise<readonly string[]> {
  const watchlists = new WatchlistRepository(database.db);
  const alerts = new AlertRepository(database.db);
  return async () => {
    const [targets, alerted] = await Promise.all([watchlists.scanTargets(), alerts.watchedSymbols()]);
    return [...new Set([...defaultWatchlist, ...targets.map((target) => target.symbol), ...alerted])];
  };
}
