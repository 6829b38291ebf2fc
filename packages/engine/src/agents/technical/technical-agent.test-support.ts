import { expect } from 'vitest';
import type { AgentDefinition, AgentOutput, Vote, SignalAction } from '../agent.js';
import { SymbolAnalysis } from '../symbol-analysis.js';
import type { Bar } from '../../series/bar.js';
import { BarSeries } from '../../series/bar-series.js';
import type { Timeframe } from '../../series/timeframe.js';
import { TIMEFRAME_MS } from '../../series/timeframe.js';

/** Options of {@link barsFromCloses}. */
export interface ConstructedBarsOptions {
  /** How far high and low reach beyond the body, in price units (default 0.5). */
  readonly wick?: number;
  /** Volume of every bar, or one per bar (default 1000). */
  readonly volume?: number | readonly number[];
  readonly timeframe?: Timeframe;
  readonly startTime?: number;
}

/**
 * Bars for hand-built scenarios: each bar opens at the previous close (the first at its own close)
 * and its high/low reach `wick` beyond the body.
 */
export function barsFromCloses(closes: readonly number[], options: ConstructedBarsOptions = {}): Bar[] {
  const wick = options.wick ?? 0.5;
  const step = TIMEFRAME_MS[options.timeframe ?? '1d'];
  const start = options.startTime ?? Date.UTC(2021, 0, 4);
  return closes.map((close, i) => {
    const open = i === 0 ? close : closes[i - 1];
    const volume = typeof options.volume === 'number' ? options.volume : (options.volume?.[i] ?? 1000);
    return { time: start + i * step, open, high: Math.max(open, close) + wick, low: Math.min(open, close) - wick, close, volume };
  });
}

/** `count` closes moving linearly from `from` by `step` per bar. */
export function line(from: number, step: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + step * i);
}

/** `count` closes zig-zagging around `level` by +-`amplitude` (a trendless market). */
export function zigzag(level: number, amplitude: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => level + (i % 2 === 0 ? amplitude : -amplitude));
}

function barsOf(bars: readonly Bar[] | BarSeries): readonly Bar[] {
  if (!('bar' in bars)) return bars;
  return Array.from({ length: bars.length }, (_, i) => bars.bar(i));
}

/** Runs an agent bar by bar through a fresh {@link SymbolAnalysis}; one output per bar. */
export function runAgent(definition: AgentDefinition, bars: readonly Bar[] | BarSeries, config: object = {}, timeframe: Timeframe = '1d'): AgentOutput[] {
  const instance = definition.create(definition.configSchema.parse(config));
  const analysis = new SymbolAnalysis({ symbol: 'TEST', timeframe, agents: [instance] });
  const outputs: AgentOutput[] = [];
  for (const bar of barsOf(bars)) {
    analysis.push(bar);
    const output = instance.analyze(analysis.context());
    if ('then' in output) throw new Error(`${definition.id} answered asynchronously; technical agents are synchronous`);
    outputs.push(output);
  }
  return outputs;
}

/** The agent's output on the last of `bars`. */
export function lastOutput(definition: AgentDefinition, bars: readonly Bar[] | BarSeries, config: object = {}): AgentOutput {
  const outputs = runAgent(definition, bars, config);
  const last = outputs.at(-1);
  if (!last) throw new Error('no bars given');
  return last;
}

/** Asserts `output` is a vote for `action` and returns it. */
export function expectVote(output: AgentOutput, action: SignalAction): Vote {
  if (output.kind !== 'vote') throw new Error(`expected a ${action} vote, got an abstention: ${output.reason}`);
  expect(output.action, output.reasoning).toBe(action);
  return output;
}

/** Asserts the schema rejects `config` with an issue on `field` (or an unknown-key issue naming it). */
export function expectConfigRejected(definition: AgentDefinition, config: object, field: string): void {
  const parsed = definition.configSchema.safeParse(config);
  expect(parsed.success).toBe(false);
  if (parsed.success) return;
  const named = parsed.error.issues.some((issue) => issue.path.includes(field) || issue.message.includes(field));
  expect(named, JSON.stringify(parsed.error.issues)).toBe(true);
}

/** Columns of hand-built bars, for computing reference values with the batch indicator functions. */
export function columnsOf(bars: readonly Bar[]): BarSeries {
  return BarSeries.fromBars({ symbol: 'TEST' }, bars);
}

/** Bars continuing `bars` one timeframe step apart, from [open, high, low, close] tuples (volume 1000 unless given). */
export function appendCandles(bars: readonly Bar[], candles: readonly (readonly [number, number, number, number, number?])[], timeframe: Timeframe = '1d'): Bar[] {
  const last = bars[bars.length - 1];
  const step = TIMEFRAME_MS[timeframe];
  return [...bars, ...candles.map(([open, high, low, close, volume], i) => ({ time: last.time + (i + 1) * step, open, high, low, close, volume: volume ?? 1000 }))];
}
