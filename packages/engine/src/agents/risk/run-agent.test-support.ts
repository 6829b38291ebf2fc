import type { Bar } from '../../series/bar.js';
import type { Timeframe } from '../../series/timeframe.js';
import { TIMEFRAME_MS } from '../../series/timeframe.js';
import type { AgentDefinition, AgentOutput, Vote } from '../agent.js';
import type { MarketInputs } from '../market-inputs.js';
import { SymbolAnalysis } from '../symbol-analysis.js';

/** Start of the bars {@link barsFromCloses} builds: 2024-01-01T00:00Z. */
export const START_TIME = Date.UTC(2024, 0, 1);

/** Options of {@link barsFromCloses}. */
export interface BarsFromClosesOptions {
  readonly timeframe?: Timeframe;
  readonly start?: number;
  /** Volume per bar (default 1000). */
  readonly volume?: (index: number) => number;
  /** High/low distance from the open/close range as a fraction of the close (default 0.005). */
  readonly wick?: number;
}

/** Bars whose closes are `closes`; each opens at the previous close. */
export function barsFromCloses(closes: readonly number[], options: BarsFromClosesOptions = {}): Bar[] {
  const step = TIMEFRAME_MS[options.timeframe ?? '1d'];
  const start = options.start ?? START_TIME;
  const wick = options.wick ?? 0.005;
  return closes.map((close, i) => {
    const open = i === 0 ? close : closes[i - 1];
    return {
      time: start + i * step,
      open,
      high: Math.max(open, close) * (1 + wick),
      low: Math.min(open, close) * (1 - wick),
      close,
      volume: options.volume?.(i) ?? 1000,
    };
  });
}

/** Inputs per bar: fixed, or computed from the bar and its index. */
export type InputsFor = MarketInputs | ((bar: Bar, index: number) => MarketInputs);

/** The synchronous output of `analyze` (every agent in these folders is synchronous). */
function settle(output: AgentOutput | PromiseLike<AgentOutput>): AgentOutput {
  if ('then' in output) throw new Error('agent returned a promise; these agents must be synchronous');
  return output;
}

/** Runs the agent (default config + `config`) over `bars` and returns its output at every bar. */
export function runAgentSeries<T extends object>(
  definition: AgentDefinition<T>,
  bars: readonly Bar[],
  inputs: InputsFor = {},
  config: Partial<T> = {},
): AgentOutput[] {
  const instance = definition.create(definition.configSchema.parse(config));
  const analysis = new SymbolAnalysis({ symbol: 'TEST', timeframe: '1d', agents: [instance] });
  return bars.map((bar, i) => {
    analysis.push(bar);
    return settle(instance.analyze(analysis.context(typeof inputs === 'function' ? inputs(bar, i) : inputs)));
  });
}

/** The agent's output at the last bar. */
export function runAgent<T extends object>(definition: AgentDefinition<T>, bars: readonly Bar[], inputs: InputsFor = {}, config: Partial<T> = {}): AgentOutput {
  const outputs = runAgentSeries(definition, bars, inputs, config);
  const last = outputs[outputs.length - 1];
  if (!last) throw new Error('runAgent needs at least one bar');
  return last;
}

/** Narrows an output to a vote, failing the test with the abstention reason otherwise. */
export function expectVote(output: AgentOutput): Vote {
  if (output.kind !== 'vote') throw new Error(`expected a vote, got an abstention: ${output.reason}`);
  return output;
}

/** The reason of an abstention, failing the test on a vote. */
export function abstentionReason(output: AgentOutput): string {
  if (output.kind !== 'abstain') throw new Error(`expected an abstention, got ${output.action}: ${output.reasoning}`);
  return output.reason;
}
