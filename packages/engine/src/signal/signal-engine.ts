import type { RiskAssessment } from '../agents/agent.js';
import type { AgentRegistry, ConfiguredAgent } from '../agents/agent-registry.js';
import { createDefaultAgentRegistry } from '../agents/default-agent-registry.js';
import type { MarketInputs } from '../agents/market-inputs.js';
import type { AccuracyStream } from '../accuracy/accuracy-stream.js';
import { AccuracyTracker } from '../accuracy/accuracy-tracker.js';
import { actionCode, NO_VOTE } from '../accuracy/action-code.js';
import type { AgentRunResult } from '../consensus/agent-run-result.js';
import { consensusAction } from '../consensus/consensus-action.js';
import { consensusOptions, type ConsensusOptions } from '../consensus/consensus-options.js';
import type { ConsensusResult } from '../consensus/consensus-result.js';
import { checkTimeout, runAgents, type RunAgentsOptions } from '../consensus/run-agents.js';
import { weightedConsensus } from '../consensus/weighted-consensus.js';
import { assertPeriod } from '../indicators/support/assert-period.js';
import { assessRisk, type TradeRisk } from '../risk/assess-risk.js';
import { riskOptions, type RiskOptions } from '../risk/risk-options.js';
import type { Bar } from '../series/bar.js';
import type { BarColumns } from '../series/bar-series.js';
import type { BarSeries } from '../series/bar-series.js';
import type { Timeframe } from '../series/timeframe.js';
import { buildSignal } from './build-signal.js';
import type { Signal } from './signal.js';
import type { SignalEngineOptions } from './signal-engine-options.js';
import { symbolStateFactory, type SymbolState } from './symbol-state.js';

let sharedDefaultAgents: readonly ConfiguredAgent[] | null = null;

/**
 * Every built-in agent with its default config, configured once per thread and shared by the engines
 * that use the defaults. Agents are pure (`AgentInstance`), so sharing them changes nothing, while
 * configuring them (37 schema validations, throw-away indicators to size warm-ups) cost more than a
 * tenth of a millisecond per engine, and `scan` makes one engine per symbol.
 */
function defaultAgents(): readonly ConfiguredAgent[] {
  sharedDefaultAgents ??= Object.freeze(createDefaultAgentRegistry().createAll());
  return sharedDefaultAgents;
}

/** Options of {@link SignalEngine.replay}. */
export interface ReplayOptions {
  /** Run the agents on past bars and record their votes, so weights learn from the symbol's own history. Default true. */
  readonly learn?: boolean;
  /** Record votes every this many bars, counted back from the last (default: the horizon, i.e. non-overlapping votes). */
  readonly scoreEvery?: number;
  /** Timeframe when the series has none. */
  readonly timeframe?: Timeframe;
  /** Inputs for every agent run of the replay; agents see only items dated up to the bar they analyse. */
  readonly inputs?: MarketInputs;
}

/** A signal with the consensus, risk and per-agent results behind it. */
export interface SignalDetails {
  readonly signal: Signal;
  readonly consensus: ConsensusResult;
  readonly risk: TradeRisk;
  readonly results: readonly AgentRunResult[];
}

/**
 * The signal pipeline for many symbols: per bar, features advance, the tracker scores votes whose
 * horizon has passed, the agents vote, the votes are recorded for later scoring, the accuracy-weighted
 * consensus decides and the risk module adds stops and size, Kelly-sized from the consensus' own
 * track record in the tracker (win rate shrunk toward 0.5; payoff measured, or the reward/risk
 * multiple until `minPayoffSamples` trades are scored). Backtests (`replay`) and live updates
 * (`update`) share this code, so a replay with `scoreEvery: 1` and bar-by-bar updates give identical
 * signals. Not safe for concurrent use from several threads; one engine per worker.
 */
export class SignalEngine {
  readonly registry: AgentRegistry;
  /** The enabled agents, configured, in registry order. */
  readonly agents: readonly ConfiguredAgent[];
  readonly tracker: AccuracyTracker;
  readonly consensusOptions: ConsensusOptions;
  readonly riskOptions: RiskOptions;
  readonly expiryBars: number;
  readonly timeoutMs: number;
  readonly learn: boolean;
  private readonly onAgentResults: ((results: readonly AgentRunResult[]) => void) | undefined;
  private readonly runOptions: RunAgentsOptions;
  private readonly makeState: (symbol: string, timeframe: Timeframe) => SymbolState;
  private readonly states = new Map<Timeframe, Map<string, SymbolState>>();
  // Scratch arrays reused on every bar; the engine is single-threaded and each use completes before the next.
  private readonly weights: Float64Array;
  private readonly actions: Int8Array;

  constructor(options: SignalEngineOptions = {}) {
    if (options.tracker && options.accuracy) throw new RangeError('give either tracker or accuracy options, not both');
    this.registry = options.registry ?? createDefaultAgentRegistry();
    if (options.registry === undefined && options.agents === undefined && options.agentConfigs === undefined) {
      this.agents = defaultAgents();
    } else {
      const enabled = new Set(options.agents ?? this.registry.list().map((definition) => definition.id));
      for (const id of enabled) this.registry.get(id); // throws, naming the known agents, for an unknown id
      const ordered = this.registry.list().filter((definition) => enabled.has(definition.id)).map((definition) => definition.id);
      this.agents = this.registry.createAll(options.agentConfigs ?? {}, ordered);
    }
    this.tracker = options.tracker ?? new AccuracyTracker(options.accuracy);
    this.consensusOptions = consensusOptions(options.consensus);
    this.riskOptions = riskOptions(options.risk);
    this.expiryBars = options.expiryBars ?? this.tracker.options.horizon;
    assertPeriod('expiryBars', this.expiryBars);
    this.timeoutMs = checkTimeout(options.timeoutMs ?? Infinity);
    this.learn = options.learn ?? true;
    this.onAgentResults = options.onAgentResults;
    // Timing costs two clock reads per agent per bar; without a timeout to enforce it is only done on request.
    this.runOptions = { timeoutMs: this.timeoutMs, now: options.now ?? (Number.isFinite(this.timeoutMs) ? Date.now : null) };
    this.makeState = symbolStateFactory(this.agents, this.tracker, this.riskOptions);
    this.weights = new Float64Array(this.agents.length);
    this.actions = new Int8Array(this.agents.length);
  }

  private state(symbol: string, timeframe: Timeframe): SymbolState {
    let byTimeframe = this.states.get(timeframe);
    if (!byTimeframe) {
      byTimeframe = new Map();
      this.states.set(timeframe, byTimeframe);
    }
    let state = byTimeframe.get(symbol);
    if (!state) {
      state = this.makeState(symbol, timeframe);
      byTimeframe.set(symbol, state);
    }
    return state;
  }

  /** Bars seen for a symbol and timeframe (0 when it is not followed). */
  barCount(symbol: string, timeframe: Timeframe): number {
    return this.states.get(timeframe)?.get(symbol)?.analysis.barCount ?? 0;
  }

  /**
   * The accuracy stream of a followed symbol (`undefined` when it is not followed): its votes waiting
   * for their horizon can be handed to another process (`pendingVotes` / `adoptPendingVotes`).
   */
  accuracyStream(symbol: string, timeframe: Timeframe): AccuracyStream | undefined {
    return this.states.get(timeframe)?.get(symbol)?.stream;
  }

  /** Stops following a symbol on a timeframe; its learned weights stay in the tracker. */
  forget(symbol: string, timeframe: Timeframe): void {
    this.states.get(timeframe)?.delete(symbol);
  }

  /** Advances a symbol by one closed bar without running the agents (features, volatility and scoring only). */
  push(symbol: string, timeframe: Timeframe, bar: Bar): void {
    this.state(symbol, timeframe).push(bar);
  }

  /** `push` of bar `index` of `columns` (e.g. a batch with one bar per symbol), without making a Bar object. */
  pushFrom(symbol: string, timeframe: Timeframe, columns: BarColumns, index: number): void {
    this.state(symbol, timeframe).pushFrom(columns, index);
  }

  /** The hot path: advances a symbol by one closed bar and returns its signal. */
  update(symbol: string, timeframe: Timeframe, bar: Bar, inputs?: MarketInputs): Signal {
    const state = this.state(symbol, timeframe);
    state.push(bar);
    return this.evaluate(state, inputs, this.learn).signal;
  }

  /** `update` with bar `index` of `columns`, without making a Bar object. */
  updateFrom(symbol: string, timeframe: Timeframe, columns: BarColumns, index: number, inputs?: MarketInputs): Signal {
    const state = this.state(symbol, timeframe);
    state.pushFrom(columns, index);
    return this.evaluate(state, inputs, this.learn).signal;
  }

  /** Like {@link update}, with the consensus, risk and agent results behind the signal. */
  updateWithDetails(symbol: string, timeframe: Timeframe, bar: Bar, inputs?: MarketInputs): SignalDetails {
    const state = this.state(symbol, timeframe);
    state.push(bar);
    return this.evaluate(state, inputs, this.learn);
  }

  /**
   * The signal for the symbol's current bar (after `push`); records the votes when learning, unless
   * `learn` is false (e.g. asking again for a bar whose votes were already recorded).
   */
  signal(symbol: string, timeframe: Timeframe, inputs?: MarketInputs, learn: boolean = this.learn): Signal {
    const state = this.states.get(timeframe)?.get(symbol);
    if (!state || state.analysis.barCount === 0) throw new RangeError(`no bars for ${symbol} ${timeframe}; push or replay some first`);
    return this.evaluate(state, inputs, learn).signal;
  }

  /**
   * Replays a history through the same path as `update` and returns the last bar's signal. Without
   * learning only the features advance and the agents run on the last bar alone (cheap); with it, the
   * agents also vote every `scoreEvery` bars and those votes are scored as the replay goes on.
   */
  replay(series: BarSeries, options: ReplayOptions = {}): Signal {
    const timeframe = options.timeframe ?? series.timeframe;
    if (timeframe === undefined) throw new RangeError(`series ${series.symbol} has no timeframe; pass options.timeframe`);
    if (series.length === 0) throw new RangeError(`series ${series.symbol} is empty`);
    const learn = options.learn ?? true;
    const scoreEvery = options.scoreEvery ?? this.tracker.options.horizon;
    assertPeriod('scoreEvery', scoreEvery);
    const state = this.state(series.symbol, timeframe);
    const last = series.length - 1;
    for (let i = 0; i < last; i++) {
      state.pushFrom(series, i);
      if (learn && (last - i) % scoreEvery === 0) {
        // Only the votes and the consensus' action are recorded: no report, no signal, no sentences.
        const results = runAgents(this.agents, state.analysis.context(options.inputs), this.runOptions);
        state.stream.weights(this.weights);
        this.record(state, results, consensusAction(results, this.weights, this.consensusOptions));
      }
    }
    state.pushFrom(series, last);
    return this.evaluate(state, options.inputs, learn).signal;
  }

  private consensus(state: SymbolState, results: readonly AgentRunResult[]): ConsensusResult {
    state.stream.weights(this.weights);
    return weightedConsensus(results, this.weights, this.consensusOptions);
  }

  private record(state: SymbolState, results: readonly AgentRunResult[], action: ConsensusResult['action']): void {
    for (let i = 0; i < results.length; i++) {
      const { vote } = results[i];
      this.actions[i] = vote ? actionCode(vote.action) : NO_VOTE;
    }
    state.stream.record(this.actions, actionCode(action));
  }

  private evaluate(state: SymbolState, inputs: MarketInputs | undefined, learn: boolean): SignalDetails {
    const history = state.analysis.history;
    const results = runAgents(this.agents, state.analysis.context(inputs), this.runOptions);
    this.onAgentResults?.(results);
    const consensus = this.consensus(state, results);
    // Only risk agents shape the level and the size (the RiskAssessment contract); others' `risk` is ignored.
    const riskAssessments: RiskAssessment[] = [];
    for (const result of results) if (result.category === 'risk' && result.vote?.risk) riskAssessments.push(result.vote.risk);
    const trades = state.stream.tradeRecord;
    const risk = assessRisk(
      {
        action: consensus.action,
        entry: history.close(0),
        atr: state.atr,
        volatilityPercentile: state.volatilityPercentile(),
        riskAssessments,
        winRate: trades.winRate,
        payoff: trades.payoff,
      },
      this.riskOptions,
    );
    const signal = buildSignal({
      symbol: state.analysis.symbol,
      timeframe: state.analysis.timeframe,
      time: history.time(0),
      price: history.close(0),
      results,
      weights: this.weights,
      consensus,
      risk,
      expiryBars: this.expiryBars,
    });
    if (learn) this.record(state, results, consensus.action);
    return { signal, consensus, risk, results };
  }
}
