import { TIMEFRAME_MS, type SignalAction, type Timeframe } from '@goldensignals/engine';
import { AppError } from '../errors/app-error.js';
import { newOpaqueToken } from '../security/credentials/opaque-token.js';
import { hashToken } from '../security/credentials/token-hash.js';
import type { Database } from '../storage/database.js';
import { ExternalVoteRepository } from '../storage/repositories/external-vote-repository.js';
import { TradingViewHookRepository, type TradingViewHook } from '../storage/repositories/tradingview-hook-repository.js';
import { parseTradingViewAlert } from './parse-tradingview-alert.js';

/** Prefix of a TradingView webhook secret: says what it is to a reader or a secret scanner. */
export const TRADINGVIEW_SECRET_PREFIX = 'gstv_';
const SECRET_FORMAT = /^gstv_[A-Za-z0-9_-]{43}$/;

/** How long an alert counts: this many bars of its timeframe after it arrived. */
export const EXTERNAL_VOTE_LIFETIME_BARS = 2;

const MINUTE_MS = 60_000;

/** Options of {@link ExternalVoteService}. */
export interface ExternalVoteServiceOptions {
  readonly database: Database;
  /** Alerts one hook may bring per minute (default 60); more are refused with a 429. */
  readonly perHookPerMinute?: number;
  readonly now?: () => number;
}

/** An accepted alert, as the webhook answers it. */
export interface AcceptedExternalVote {
  readonly voteId: string;
  readonly symbol: string;
  readonly timeframe: Timeframe;
  readonly action: SignalAction;
  readonly confidence: number;
  /** ISO time from which the vote no longer counts. */
  readonly expiresAt: string;
}

/** A new hook: the stored row and its secret, which exists nowhere else. */
export interface CreatedTradingViewHook {
  readonly hook: TradingViewHook;
  readonly secret: string;
}

/**
 * TradingView webhooks: hooks are created with a secret that is shown once and stored hashed; an alert posted with a
 * hook's secret becomes a vote of the `tradingview` agent for its symbol and timeframe, lasting
 * {@link EXTERNAL_VOTE_LIFETIME_BARS} bars. Each hook may bring `perHookPerMinute` alerts a minute, counted in the
 * database so that every node of a scaled-out install counts against the same budget.
 */
export class ExternalVoteService {
  readonly #hooks: TradingViewHookRepository;
  readonly #votes: ExternalVoteRepository;
  readonly #perHookPerMinute: number;
  readonly #now: () => number;

  constructor(options: ExternalVoteServiceOptions) {
    this.#hooks = new TradingViewHookRepository(options.database.db);
    this.#votes = new ExternalVoteRepository(options.database.db);
    this.#perHookPerMinute = options.perHookPerMinute ?? 60;
    this.#now = options.now ?? Date.now;
  }

  /** Creates a hook for `userId` (`null`: the install owner) with a new secret. */
  async createHook(userId: string | null, name: string): Promise<CreatedTradingViewHook> {
    const secret = newOpaqueToken(TRADINGVIEW_SECRET_PREFIX);
    const hook = await this.#hooks.create({ userId, name, secretHash: hashToken(secret) });
    return { hook, secret };
  }

  /** The hook a secret opens, or `null`; a text that cannot be a secret costs no query. */
  async hookOf(secret: string): Promise<TradingViewHook | null> {
    if (!SECRET_FORMAT.test(secret)) return null;
    return this.#hooks.bySecretHash(hashToken(secret));
  }

  /** Reads an alert that came through `hook` and stores its vote; 400 naming bad fields, 429 past the hook's rate. */
  async accept(hook: TradingViewHook, body: Readonly<Record<string, unknown>>): Promise<AcceptedExternalVote> {
    const receivedAt = this.#now();
    const alert = parseTradingViewAlert(body, receivedAt);
    const recent = await this.#votes.countForHookSince(hook.id, new Date(receivedAt - MINUTE_MS));
    if (recent >= this.#perHookPerMinute) {
      throw new AppError('GS_ERR_RATE_LIMITED', `too many alerts: ${this.#perHookPerMinute} per minute allowed for TradingView hook "${hook.name}"; retry in 60 s`, [], { retryAfterSeconds: 60 });
    }
    const expiresAt = receivedAt + EXTERNAL_VOTE_LIFETIME_BARS * TIMEFRAME_MS[alert.timeframe];
    const stored = await this.#votes.insert({
      userId: hook.userId,
      hookId: hook.id,
      symbol: alert.symbol,
      timeframe: alert.timeframe,
      action: alert.action,
      confidence: alert.confidence,
      price: alert.price,
      strategy: alert.strategy ?? hook.name,
      comment: alert.comment,
      barTime: new Date(alert.barTime),
      receivedAt: new Date(receivedAt),
      expiresAt: new Date(expiresAt),
    });
    await this.#hooks.markReceived(hook.id, new Date(receivedAt));
    return { voteId: stored.id, symbol: stored.symbol, timeframe: stored.timeframe, action: stored.action, confidence: stored.confidence, expiresAt: stored.expiresAt.toISOString() };
  }
}
