import { actionCode } from '../accuracy/action-code.js';
import type { Bar } from '../series/bar.js';
import { TIMEFRAME_MS } from '../series/timeframe.js';
import { isoTime } from '../signal/iso-time.js';
import type { Signal } from '../signal/signal.js';
import { barExit } from './bar-exit.js';
import type { FollowedSignal } from './followed-signal.js';
import { scorecardOptions, type ScorecardOptions } from './scorecard-options.js';
import { scoreVote } from '../accuracy/score-vote.js';
import type { OutcomeKind, SignalOutcome } from './signal-outcome.js';
import { VolatilityEstimate } from '../accuracy/volatility-estimate.js';

/** What the scorecard keeps per symbol. */
interface SymbolTrack {
  readonly volatility: VolatilityEstimate;
  lastClose: number;
  readonly open: FollowedSignal[];
}

/**
 * Follows every BUY/SELL signal bar by bar until its stop, its target or its expiry and scores it:
 * outcome, exit price, return, R-multiple, return against a benchmark over the same span, and whether
 * the signal and each agent's vote were right, with the accuracy tracker's rule ({@link scoreVote},
 * dead-band from the same volatility estimate) applied to the price move over the span followed.
 *
 * Per bar, call `update(symbol, bar)` first (it resolves the signals that bar decides), then
 * `open(signal)` with that bar's signal (its entry is the bar's close). No look-ahead: a signal is only
 * tested against bars that start after its own, and its outcome is returned by the update of the
 * bar that decides it, never earlier.
 */
export class SignalScorecard {
  readonly options: ScorecardOptions;
  private readonly tracks = new Map<string, SymbolTrack>();
  private readonly done: SignalOutcome[] = [];

  constructor(options: Partial<ScorecardOptions> = {}) {
    this.options = scorecardOptions(options);
  }

  /** Every outcome resolved so far, in the order resolved. */
  get outcomes(): readonly SignalOutcome[] {
    return this.done;
  }

  /** Signals still being followed, over every symbol. */
  get openCount(): number {
    let count = 0;
    for (const track of this.tracks.values()) count += track.open.length;
    return count;
  }

  /** Starts following a signal; HOLD signals and signals without a positive entry are not followed (false). */
  open(signal: Signal): boolean {
    if (signal.action === 'HOLD' || !(signal.entry > 0)) return false;
    const track = this.track(signal.symbol);
    const signalTime = Date.parse(signal.time);
    const expiryBars = this.options.expiryBars ?? Math.max(1, Math.round((Date.parse(signal.expiresAt) - signalTime) / TIMEFRAME_MS[signal.timeframe]));
    const benchmark = this.options.benchmark;
    const votes = [];
    for (const vote of signal.votes) if (vote.status === 'voted' && vote.action !== null) votes.push({ agent: vote.agent, action: vote.action });
    track.open.push({
      signal,
      direction: signal.action === 'BUY' ? 1 : -1,
      signalTime,
      expiryBars,
      bandPerBar: this.options.deadBandDeviations === 0 ? 0 : this.options.deadBandDeviations * track.volatility.perBar,
      benchmarkStart: benchmark === undefined ? signal.entry : (this.tracks.get(benchmark)?.lastClose ?? NaN),
      votes,
      bars: 0,
    });
    return true;
  }

  /** Advances `symbol` by one bar; returns the outcomes this bar decided. */
  update(symbol: string, bar: Bar): SignalOutcome[] {
    const track = this.track(symbol);
    track.volatility.observe(bar.close);
    track.lastClose = bar.close;
    const resolved: SignalOutcome[] = [];
    let kept = 0;
    for (const followed of track.open) {
      const outcome = bar.time > followed.signalTime ? this.follow(followed, bar) : null;
      if (outcome === null) track.open[kept++] = followed;
      else resolved.push(outcome);
    }
    track.open.length = kept;
    for (const outcome of resolved) this.done.push(outcome);
    return resolved;
  }

  private track(symbol: string): SymbolTrack {
    let track = this.tracks.get(symbol);
    if (track === undefined) {
      track = { volatility: new VolatilityEstimate(this.options.volatilityPeriod), lastClose: NaN, open: [] };
      this.tracks.set(symbol, track);
    }
    return track;
  }

  /** One more bar of a followed signal: its outcome if this bar decides it, else null. */
  private follow(followed: FollowedSignal, bar: Bar): SignalOutcome | null {
    followed.bars++;
    const { stopLoss, takeProfit } = followed.signal;
    const exit = barExit(followed.direction, stopLoss, takeProfit, bar);
    if (exit !== null) return this.outcome(followed, bar, exit.kind, exit.price);
    if (followed.bars >= followed.expiryBars) return this.outcome(followed, bar, 'expired', bar.close);
    return null;
  }

  private outcome(followed: FollowedSignal, bar: Bar, kind: OutcomeKind, exitPrice: number): SignalOutcome {
    const { signal, direction, bars } = followed;
    const entry = signal.entry;
    const move = exitPrice / entry - 1;
    const benchmark = this.options.benchmark;
    const benchmarkEnd = benchmark === undefined ? bar.close : (this.tracks.get(benchmark)?.lastClose ?? NaN);
    const benchmarkReturn = benchmarkEnd / followed.benchmarkStart - 1;
    const deadBand = followed.bandPerBar * Math.sqrt(bars);
    const known = !Number.isNaN(deadBand);
    const positionReturn = direction * move;
    return {
      symbol: signal.symbol,
      timeframe: signal.timeframe,
      time: signal.time,
      action: direction > 0 ? 'BUY' : 'SELL',
      confidence: signal.confidence,
      entry,
      stopLoss: signal.stopLoss,
      takeProfit: signal.takeProfit,
      outcome: kind,
      exitTime: isoTime(bar.time),
      exitPrice,
      bars,
      return: positionReturn,
      rMultiple: signal.stopLoss === null || signal.stopLoss === entry ? null : (exitPrice - entry) / (entry - signal.stopLoss),
      benchmarkReturn,
      excessReturn: positionReturn - benchmarkReturn,
      deadBand,
      score: known ? scoreVote(direction, move, deadBand) : null,
      votes: followed.votes.map(({ agent, action }) => ({ agent, action, score: known ? scoreVote(actionCode(action), move, deadBand) : null })),
    };
  }
}
