import type { RiskLevel, SignalAction } from '@goldensignals/engine';
import { and, asc, desc, eq, gt, isNull, ne, or, sql, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { autoFollowDecisions, type AutoFollowOutcome, type AutoFollowTrigger } from '../schema/auto-follow-decisions.js';
import { autoFollowSettings } from '../schema/auto-follow-settings.js';
import { portfolios } from '../schema/portfolios.js';
import { positions } from '../schema/positions.js';
import { signals } from '../schema/signals.js';
import { users } from '../schema/users.js';
import { watchlists } from '../schema/watchlists.js';
import { isUuid } from './is-uuid.js';

/** The settings an owner chooses (every field of the API's PUT). */
export interface AutoFollowSettingsInput {
  readonly enabled: boolean;
  /** Empty: every symbol of the owner's watchlists. */
  readonly symbols: readonly string[];
  readonly minConfidence: number;
  readonly riskLevels: readonly RiskLevel[];
  readonly maxPositionPercent: number;
  readonly maxOpenPositions: number;
  readonly maxDailyLossPercent: number;
  readonly useStopLoss: boolean;
}

/** A portfolio's auto-follow settings; `updatedAt` is `null` while they were never saved (the defaults). */
export interface AutoFollowSettings extends AutoFollowSettingsInput {
  readonly portfolioId: string;
  readonly updatedAt: Date | null;
}

/** The settings of a portfolio that never saved any: auto-follow off. */
export const DEFAULT_AUTO_FOLLOW_SETTINGS: AutoFollowSettingsInput = Object.freeze({
  enabled: false,
  symbols: Object.freeze([]),
  minConfidence: 0.6,
  riskLevels: Object.freeze(['low', 'medium'] as const),
  maxPositionPercent: 10,
  maxOpenPositions: 5,
  maxDailyLossPercent: 3,
  useStopLoss: true,
});

/** A stored decision. */
export type AutoFollowDecision = InferSelectModel<typeof autoFollowDecisions>;

/** A decision to record. */
export interface NewAutoFollowDecision {
  readonly portfolioId: string;
  readonly signalId: string;
  readonly trigger: AutoFollowTrigger;
  readonly symbol: string;
  readonly action: SignalAction;
  readonly outcome: AutoFollowOutcome;
  readonly reason: string;
}

/** An enabled portfolio a signal applies to, with its owner (`null`: the install's owner). */
export interface FollowingPortfolio {
  readonly settings: AutoFollowSettings;
  readonly userId: string | null;
}

/** A long position auto-follow opened and still holds, with the stop-loss and take-profit of the signal that opened it. */
export interface FollowedPosition {
  readonly portfolioId: string;
  /** The signal whose BUY opened the position. */
  readonly signalId: string;
  readonly quantity: string;
  readonly stopLoss: number | null;
  readonly takeProfit: number | null;
}

type SettingsRow = InferSelectModel<typeof autoFollowSettings>;

function settingsOf(row: SettingsRow): AutoFollowSettings {
  return {
    portfolioId: row.portfolioId,
    enabled: row.enabled,
    symbols: row.symbols,
    minConfidence: row.minConfidence,
    riskLevels: row.riskLevels,
    maxPositionPercent: row.maxPositionPercent,
    maxOpenPositions: row.maxOpenPositions,
    maxDailyLossPercent: row.maxDailyLossPercent,
    useStopLoss: row.useStopLoss,
    updatedAt: row.updatedAt,
  };
}

/** Owners that may still trade: the install's owner (no user), or an enabled trader or admin. */
const ACTIVE_OWNER: SQL | undefined = or(isNull(portfolios.userId), and(sql`${users.role} IN ('trader', 'admin')`, eq(users.disabled, false)));

/** Auto-follow of paper portfolios: settings, the day-start equity snapshot, and the decisions taken. */
export class AutoFollowRepository {
  constructor(private readonly db: Queryable) {}

  /** A portfolio's settings, the defaults when it never saved any. */
  async settings(portfolioId: string): Promise<AutoFollowSettings> {
    const [row] = isUuid(portfolioId) ? await this.db.select().from(autoFollowSettings).where(eq(autoFollowSettings.portfolioId, portfolioId)) : [];
    return row === undefined ? { portfolioId, ...DEFAULT_AUTO_FOLLOW_SETTINGS, updatedAt: null } : settingsOf(row);
  }

  /** Saves every setting of a portfolio (symbols de-duplicated in order); the day-start snapshot is kept. */
  async saveSettings(portfolioId: string, input: AutoFollowSettingsInput): Promise<AutoFollowSettings> {
    const values = {
      enabled: input.enabled,
      symbols: [...new Set(input.symbols)],
      minConfidence: input.minConfidence,
      riskLevels: [...new Set(input.riskLevels)],
      maxPositionPercent: input.maxPositionPercent,
      maxOpenPositions: input.maxOpenPositions,
      maxDailyLossPercent: input.maxDailyLossPercent,
      useStopLoss: input.useStopLoss,
      updatedAt: new Date(),
    };
    const [row] = await this.db
      .insert(autoFollowSettings)
      .values({ portfolioId, ...values })
      .onConflictDoUpdate({ target: autoFollowSettings.portfolioId, set: values })
      .returning();
    return settingsOf(row);
  }

  /**
   * The enabled portfolios a signal on `symbol` applies to: those listing it, and those listing none whose
   * owner has it in a watchlist (the install owner's portfolios: in a system list). Portfolios of viewers and
   * disabled accounts are left out: trading is a trader's right, also when done on their behalf.
   */
  async followersOf(symbol: string): Promise<FollowingPortfolio[]> {
    const inWatchlists = sql`EXISTS (SELECT 1 FROM ${watchlists} WHERE ${watchlists.userId} IS NOT DISTINCT FROM ${portfolios.userId} AND ${symbol} = ANY(${watchlists.symbols}))`;
    const rows = await this.db
      .select({ settings: autoFollowSettings, userId: portfolios.userId })
      .from(autoFollowSettings)
      .innerJoin(portfolios, eq(portfolios.id, autoFollowSettings.portfolioId))
      .leftJoin(users, eq(users.id, portfolios.userId))
      .where(
        and(
          eq(autoFollowSettings.enabled, true),
          ACTIVE_OWNER,
          or(sql`${symbol} = ANY(${autoFollowSettings.symbols})`, and(sql`cardinality(${autoFollowSettings.symbols}) = 0`, inWatchlists)),
        ),
      )
      .orderBy(asc(autoFollowSettings.portfolioId));
    return rows.map((row) => ({ settings: settingsOf(row.settings), userId: row.userId }));
  }

  /** The enabled portfolios (ids, in order) that have no day-start snapshot for UTC day `day` (`YYYY-MM-DD`) yet. */
  async enabledWithoutDayStart(day: string): Promise<string[]> {
    const rows = await this.db
      .select({ portfolioId: autoFollowSettings.portfolioId })
      .from(autoFollowSettings)
      .where(and(eq(autoFollowSettings.enabled, true), or(isNull(autoFollowSettings.dayStartDate), ne(autoFollowSettings.dayStartDate, day))))
      .orderBy(asc(autoFollowSettings.portfolioId));
    return rows.map((row) => row.portfolioId);
  }

  /**
   * The portfolio's equity at the start of UTC day `day` (`YYYY-MM-DD`): the snapshot taken that day, or
   * `equity` recorded now as that day's snapshot when there is none yet. The write only replaces another
   * day's snapshot, so of several processes taking it at once the first one's value holds. `null` when the
   * portfolio has no saved settings.
   */
  async dayStartEquity(portfolioId: string, day: string, equity: string): Promise<string | null> {
    if (!isUuid(portfolioId)) return null;
    const key = eq(autoFollowSettings.portfolioId, portfolioId);
    const [taken] = await this.db
      .update(autoFollowSettings)
      .set({ dayStartDate: day, dayStartEquity: equity })
      .where(and(key, or(isNull(autoFollowSettings.dayStartDate), ne(autoFollowSettings.dayStartDate, day))))
      .returning({ equity: autoFollowSettings.dayStartEquity });
    if (taken !== undefined) return taken.equity;
    const [existing] = await this.db.select({ equity: autoFollowSettings.dayStartEquity }).from(autoFollowSettings).where(key);
    return existing?.equity ?? null;
  }

  /**
   * Records a decision, or returns `null` when the portfolio already has one for this signal and trigger:
   * another process (or an earlier delivery) is handling it, and nothing more must be done.
   */
  async recordDecision(decision: NewAutoFollowDecision): Promise<AutoFollowDecision | null> {
    const [row] = await this.db
      .insert(autoFollowDecisions)
      .values({ ...decision, orderId: null })
      .onConflictDoNothing({ target: [autoFollowDecisions.portfolioId, autoFollowDecisions.signalId, autoFollowDecisions.trigger] })
      .returning();
    return row ?? null;
  }

  /**
   * Like {@link recordDecision}, but also takes over an earlier decision for the same signal and trigger that
   * failed (a stop-loss sale the broker refused is tried again at the next quote). `null` when a decision
   * exists that did not fail. The row lock serialises concurrent takers: only one gets the row.
   */
  async recordOrRetryDecision(decision: NewAutoFollowDecision): Promise<AutoFollowDecision | null> {
    const [row] = await this.db
      .insert(autoFollowDecisions)
      .values({ ...decision, orderId: null })
      .onConflictDoUpdate({
        target: [autoFollowDecisions.portfolioId, autoFollowDecisions.signalId, autoFollowDecisions.trigger],
        set: { outcome: decision.outcome, reason: decision.reason, action: decision.action, orderId: null, createdAt: new Date() },
        setWhere: eq(autoFollowDecisions.outcome, 'failed'),
      })
      .returning();
    return row ?? null;
  }

  /** Sets what came of a decision (the order placed, or why it failed); `null` when there is no such decision. */
  async finishDecision(id: string, result: { readonly outcome: AutoFollowOutcome; readonly reason: string; readonly orderId: string | null }): Promise<AutoFollowDecision | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.update(autoFollowDecisions).set(result).where(eq(autoFollowDecisions.id, id)).returning();
    return row ?? null;
  }

  /** A portfolio's decisions, newest first, at most `limit`. */
  async decisions(portfolioId: string, limit: number): Promise<AutoFollowDecision[]> {
    if (!isUuid(portfolioId)) return [];
    return this.db
      .select()
      .from(autoFollowDecisions)
      .where(eq(autoFollowDecisions.portfolioId, portfolioId))
      .orderBy(desc(autoFollowDecisions.createdAt), desc(autoFollowDecisions.id))
      .limit(limit);
  }

  /**
   * The positions in `symbol` that auto-follow opened and that stops still guard: the portfolio's latest
   * placed decision on the symbol is a BUY, the portfolio still holds units, auto-follow and its stop-loss
   * option are on, and the opening signal has a stop-loss or a take-profit.
   */
  async followedPositions(symbol: string): Promise<FollowedPosition[]> {
    const d = autoFollowDecisions;
    const latest = this.db
      .selectDistinctOn([d.portfolioId], { portfolioId: d.portfolioId, signalId: d.signalId, action: d.action })
      .from(d)
      .where(and(eq(d.symbol, symbol), eq(d.outcome, 'ordered')))
      .orderBy(d.portfolioId, desc(d.createdAt), desc(d.id))
      .as('latest');
    const rows = await this.db
      .select({ portfolioId: latest.portfolioId, signalId: latest.signalId, quantity: positions.quantity, stopLoss: signals.stopLoss, takeProfit: signals.takeProfit })
      .from(latest)
      .innerJoin(autoFollowSettings, eq(autoFollowSettings.portfolioId, latest.portfolioId))
      .innerJoin(portfolios, eq(portfolios.id, latest.portfolioId))
      .leftJoin(users, eq(users.id, portfolios.userId))
      .innerJoin(signals, eq(signals.id, latest.signalId))
      .innerJoin(positions, and(eq(positions.portfolioId, latest.portfolioId), eq(positions.symbol, symbol)))
      .where(
        and(
          eq(latest.action, 'BUY'),
          eq(autoFollowSettings.enabled, true),
          eq(autoFollowSettings.useStopLoss, true),
          ACTIVE_OWNER,
          gt(positions.quantity, '0'),
          or(sql`${signals.stopLoss} IS NOT NULL`, sql`${signals.takeProfit} IS NOT NULL`),
        ),
      )
      .orderBy(asc(latest.portfolioId));
    return rows;
  }
}
