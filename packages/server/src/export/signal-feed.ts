import type { SignalAction } from '@goldensignals/engine';
import type { Queryable } from '../storage/database.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import { WatchlistRepository } from '../storage/repositories/watchlist-repository.js';
import type { FeedDocument } from './feed-document.js';
import { signalFeedEntry } from './signal-feed-entry.js';
import { signalVotesOf } from './signal-votes-of.js';

/** Entries of a signal feed: the newest signals; feed readers keep what they saw before. */
export const FEED_ENTRIES = 50;

/** Whose feed, of which signals, and where it lives. */
export interface SignalFeedRequest {
  /** The feed's owner (`null`: the install owner while accounts are off, whose lists are the system lists). */
  readonly userId: string | null;
  readonly actions: readonly SignalAction[];
  /** Origin of the dashboard and API, e.g. `https://signals.example.com`. */
  readonly baseUrl: string;
  /** The feed's own URL, as the reader asked for it. */
  readonly selfUrl: string;
  /** Fallback `updated` of a feed without entries. */
  readonly now: number;
}

/** The symbols of the owner's watchlists, or `undefined` (every symbol) when their lists hold none. */
async function watchedSymbols(db: Queryable, userId: string | null): Promise<string[] | undefined> {
  const lists = await new WatchlistRepository(db).listForUser(userId);
  const symbols = [...new Set(lists.flatMap((list) => list.symbols))].sort();
  return symbols.length === 0 ? undefined : symbols;
}

/**
 * A user's signal feed: the newest {@link FEED_ENTRIES} signals of the chosen actions on the symbols of their
 * watchlists (every symbol when they watch none), newest bar first, each with the reasons of its top agents.
 */
export async function readSignalFeed(db: Queryable, request: SignalFeedRequest): Promise<FeedDocument> {
  const symbols = await watchedSymbols(db, request.userId);
  const page = await new SignalRepository(db).list({ symbols, actions: request.actions }, null, FEED_ENTRIES);
  const votes = await signalVotesOf(db, page.items.map((signal) => signal.id));
  const entries = page.items.map((signal) => signalFeedEntry(signal, votes.get(signal.id) ?? [], request.baseUrl));
  const newest = entries.reduce<string | undefined>((latest, entry) => (latest === undefined || entry.updated > latest ? entry.updated : latest), undefined);
  const scope = symbols === undefined ? 'all symbols' : symbols.length <= 10 ? symbols.join(', ') : `${symbols.length} watched symbols`;
  return {
    title: `GoldenSignals: ${request.actions.join('/')} signals`,
    description: `${request.actions.join(', ')} signals on ${scope}, newest first.`,
    link: `${request.baseUrl}/signals`,
    selfUrl: request.selfUrl,
    id: `${request.baseUrl}/feeds/signals/${request.userId ?? 'owner'}`,
    updated: newest ?? new Date(request.now).toISOString(),
    author: 'GoldenSignals',
    entries,
  };
}
