import type { Bar, MarketInputs, SignalEngine, Timeframe } from '@goldensignals/engine';
import { AppError } from '../errors/app-error.js';
import { assetClassOf } from '../market-data/calendar/asset-class.js';
import { calendarForSymbol } from '../market-data/calendar/market-calendars.js';
import type { Database } from '../storage/database.js';
import type { ForegroundWork } from '../support/foreground-work.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import { StorageConflictError } from '../storage/repositories/storage-conflict-error.js';
import type { StoredSignal, StoredSignalWithVotes } from '../storage/repositories/stored-signal.js';
import { advanceEngine, type FedBars } from './advance-engine.js';
import { historyLookbackMs } from './history-lookback.js';
import type { BarSource } from './bar-source.js';
import { KeyedLock } from './keyed-lock.js';
import { LatestSignals } from './latest-signals.js';
import type { LearningState } from './learning-state.js';
import { scoreOpenSignals } from './score-open-signals.js';
import type { SignalPublisher } from './signal-publisher.js';

/** Fewest closed bars a signal is computed from: below it most agents would still be warming up. */
export const MIN_SIGNAL_BARS = 60;

/** Dependencies and settings of the {@link SignalService}. */
export interface SignalServiceOptions {
  readonly database: Database;
  readonly bars: BarSource;
  readonly engine: SignalEngine;
  readonly learning: LearningState;
  readonly publisher: SignalPublisher;
  /** Bars of history per symbol (the engine replays them the first time). */
  readonly historyBars: number;
  /** How far back to ask the bar source for `historyBars` bars of a symbol (default: from its market's hours). */
  readonly lookbackMs?: (symbol: string, timeframe: Timeframe, count: number) => number;
  readonly now?: () => number;
  /**
   * Inputs beyond the bars (the stored, scored news: `storedNewsInputs`) for an engine run over bars from `from` to
   * `to` (epoch ms). Agents see only items dated up to the bar they analyse.
   */
  readonly inputs?: (request: { readonly symbol: string; readonly timeframe: Timeframe; readonly from: number; readonly to: number }) => Promise<MarketInputs>;
  /** Told about every signal generated (metrics). */
  readonly onGenerated?: (signal: StoredSignal, durationMs: number) => void;
  /** Generation runs as foreground work here: alert evaluation and deliveries on this thread step aside for it. */
  readonly foreground?: ForegroundWork;
}

/** What the service keeps per symbol and timeframe between calls, so a repeated request touches no database. */
interface RecentBars {
  /** The last `historyBars` closed bars, ascending. */
  bars: Bar[];
  simulated: boolean;
  /** The stored signal of the last bar, once known. */
  stored: StoredSignal | null;
}

/** A generated signal and whether this call created it (false: it was stored for that bar already). */
export interface GeneratedSignal {
  readonly signal: StoredSignal;
  readonly created: boolean;
  /** True when the providers failed and the signal comes from cached bars that may be incomplete. */
  readonly stale: boolean;
}

/**
 * Generates signals from the latest closed bars: on demand, in batches and for the scheduler. One
 * engine keeps each symbol's state between calls (cheap increments), the signal and its votes are
 * stored in one transaction, published, and open signals of the symbol are scored against the new
 * bars. One signal per symbol, timeframe and bar: asking again returns the stored one.
 */
export class SignalService {
  private readonly signals: SignalRepository;
  private readonly lock = new KeyedLock();
  private readonly fed: FedBars = new Map();
  private readonly recent = new Map<string, RecentBars>();
  private readonly now: () => number;
  private currentEngine: SignalEngine;
  /** The newest stored signals, for `latest` without a query. */
  readonly latest = new LatestSignals();

  constructor(private readonly options: SignalServiceOptions) {
    this.signals = new SignalRepository(options.database.db);
    this.currentEngine = options.engine;
    this.now = options.now ?? Date.now;
  }

  /** The signal of the latest closed bar of a symbol. */
  generate(symbol: string, timeframe: Timeframe): Promise<GeneratedSignal> {
    const generation = (): Promise<GeneratedSignal> => this.lock.run(`${symbol}|${timeframe}`, () => this.generateNow(symbol, timeframe));
    return this.options.foreground === undefined ? generation() : this.options.foreground.run(generation);
  }

  /** The engine signals are computed with. */
  get engine(): SignalEngine {
    return this.currentEngine;
  }

  /**
   * Switches to another engine (agents enabled, disabled or reconfigured), keeping the tracker it was
   * built with. Symbols are replayed into it on their next signal; the learning watermarks keep them
   * from voting twice on bars already learned (see `AgentSettingsWatcher`, which calls this on every
   * process when the stored settings change).
   */
  useEngine(engine: SignalEngine): void {
    this.currentEngine = engine;
    this.fed.clear();
    for (const entry of this.recent.values()) entry.stored = null;
  }

  /** Loads what the memory caches start from (the newest stored signals). */
  start(): Promise<void> {
    return this.refreshLatest();
  }

  /**
   * Reloads the memory of the newest signals from the database. Scaled out, other processes store signals too: the
   * bus brings them, and this repairs what a node missed while its bus connection was down.
   */
  async refreshLatest(): Promise<void> {
    this.latest.seed(await this.signals.latest(this.latest.capacity));
  }

  /** The newest stored signals (of `symbols`), from memory when it holds them, else from the database. */
  async latestSignals(limit: number, symbols?: readonly string[]): Promise<StoredSignal[]> {
    return this.latest.latest(limit, symbols) ?? this.signals.latest(limit, symbols);
  }

  private async generateNow(symbol: string, timeframe: Timeframe): Promise<GeneratedSignal> {
    const started = performance.now();
    const key = `${symbol}|${timeframe}`;
    const now = this.now();
    const calendar = calendarForSymbol(symbol);
    // Closed bars are those before the slot now forming, whatever time of day a provider stamps its
    // bars with; asking only for them lets a cached history be answered without calling a provider.
    const forming = calendar.nextBarSlot(timeframe, now).time;
    const { entry: window, stale } = await this.closedBars(key, symbol, timeframe, forming, calendar.lastClosedBarStart(timeframe, now));
    const { bars } = window;
    if (bars.length < MIN_SIGNAL_BARS) {
      throw new AppError('GS_ERR_NOT_ENOUGH_DATA', `${symbol} ${timeframe}: ${bars.length} closed bars available, a signal needs at least ${MIN_SIGNAL_BARS}`);
    }
    const last = bars[bars.length - 1];
    if (window.stored !== null && Date.parse(window.stored.time) === last.time && this.fed.get(key) === last.time) {
      return { signal: window.stored, created: false, stale };
    }
    const inputs = await this.options.inputs?.({ symbol, timeframe, from: bars[0].time, to: now });
    const signal = await advanceEngine(this.currentEngine, this.fed, this.options.learning, symbol, timeframe, bars, inputs);
    const open = await this.signals.open(500, symbol, timeframe);
    const decided = scoreOpenSignals(open, bars);
    let stored: StoredSignalWithVotes;
    try {
      stored = await this.options.database.transaction(async (tx) => {
        const repository = new SignalRepository(tx);
        for (const outcome of decided) await repository.setOutcome(outcome.id, outcome.outcome);
        return repository.save(signal, { simulated: window.simulated });
      });
    } catch (error) {
      // The bar was signalled already (before a restart, or by another process): that signal is the answer.
      // The unique index decides, not a read before the write, so two writers can never both store one.
      const existing = error instanceof StorageConflictError ? await this.signals.byBar(symbol, timeframe, last.time) : null;
      if (existing === null) throw error;
      window.stored = existing;
      // Its maker may have died between storing and announcing it (a killed worker whose job is retried here), so it
      // is announced again; subscribers act on each signal id once.
      this.options.publisher.publishSignal(existing);
      return { signal: existing, created: false, stale };
    }
    const { votes: _votes, ...withoutVotes } = stored;
    window.stored = withoutVotes;
    this.latest.add(withoutVotes);
    this.options.publisher.publishSignal(withoutVotes);
    // Not on the conflict path above: that transaction, outcomes included, was rolled back.
    for (const outcome of decided) this.options.publisher.publishOutcome?.(outcome.closed);
    this.options.onGenerated?.(withoutVotes, performance.now() - started);
    return { signal: withoutVotes, created: true, stale };
  }

  /**
   * The closed bars of a symbol up to `forming`: from memory when they already reach the last closed
   * slot, else the missing tail (or, the first time, the whole history) from the bar source.
   */
  private async closedBars(key: string, symbol: string, timeframe: Timeframe, forming: number, lastClosed: number): Promise<{ entry: RecentBars; stale: boolean }> {
    const { historyBars } = this.options;
    const cached = this.recent.get(key);
    const cachedLast = cached?.bars.at(-1)?.time;
    if (cached !== undefined && cachedLast !== undefined && cachedLast >= lastClosed) return { entry: cached, stale: false };
    const lookbackMs = this.options.lookbackMs ?? ((name: string, frame: Timeframe, count: number) => historyLookbackMs(assetClassOf(name), frame, count));
    const from = cachedLast !== undefined ? cachedLast + 1 : forming - lookbackMs(symbol, timeframe, historyBars);
    const answer = await this.options.bars.bars({ symbol, timeframe, from, to: forming });
    const fresh = answer.bars.filter((bar) => bar.time < forming && (cachedLast === undefined || bar.time > cachedLast));
    const bars = [...(cached?.bars ?? []), ...fresh].slice(-historyBars);
    const entry: RecentBars = { bars, simulated: answer.simulated || (cached?.simulated ?? false), stored: fresh.length === 0 ? (cached?.stored ?? null) : null };
    // A stale answer may be incomplete: use it for this signal but do not keep it.
    if (!answer.stale) this.recent.set(key, entry);
    // The first look loads history; later ones find bars that just closed, which subscribers want.
    if (cached !== undefined && fresh.length > 0) this.options.publisher.publishBars?.(symbol, timeframe, fresh, entry.simulated);
    return { entry, stale: answer.stale };
  }

  /**
   * Syncs the tracker with the database: merges what it learned since the last sync into the saved
   * weights and adopts the result, so signals from now on weigh agents with what every process
   * learned up to its own last sync (see `LearningState.save`). Call it every few seconds and on stop.
   */
  saveLearning(): Promise<void> {
    return this.options.learning.save(this.options.database, this.currentEngine.tracker);
  }
}
