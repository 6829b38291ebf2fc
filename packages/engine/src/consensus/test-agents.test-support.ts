// Small agents for tests of the runner, the consensus, the tracker and the engine: well-behaved ones,
// faulty ones (NaN, throwing, hanging, late, always wrong, random) and a skilful one. The oracles
// peek at the future of a known series, which only a test may do.
import { z } from 'zod';
import { abstain, vote, type AgentCategory, type AgentContext, type AgentDefinition, type AgentOutput, type SignalAction } from '../agents/agent.js';
import { AgentRegistry, type ConfiguredAgent } from '../agents/agent-registry.js';
import { SymbolAnalysis } from '../agents/symbol-analysis.js';
import { createSeededRandom } from '../random/seeded-random.js';
import type { BarSeries } from '../series/bar-series.js';

/** An agent definition from an analyse function. */
export function testAgent(
  id: string,
  analyze: (context: AgentContext) => AgentOutput | PromiseLike<AgentOutput> | unknown,
  category: AgentCategory = 'technical',
): AgentDefinition {
  return {
    id,
    name: id,
    category,
    description: `test agent ${id}`,
    configSchema: z.strictObject({}),
    // The runner must cope with anything an agent returns, so the test agents may return anything.
    create: () => ({ features: [], historyNeeded: 1, analyze: analyze as (context: AgentContext) => AgentOutput }),
  };
}

/** Configured agents, in order, from definitions. */
export function configure(...definitions: AgentDefinition[]): ConfiguredAgent[] {
  return new AgentRegistry(definitions).createAll();
}

/** A context on the first `length` bars of `series` (or all). */
export function contextOf(series: BarSeries, length = series.length): AgentContext {
  const analysis = new SymbolAnalysis({ symbol: series.symbol, timeframe: series.timeframe ?? '1d', agents: [], minHistory: 50 });
  for (let i = 0; i < length; i++) analysis.push(series.bar(i));
  return analysis.context();
}

/** Always votes `action` with `confidence`. */
export function constantAgent(id: string, action: SignalAction, confidence = 0.8, category: AgentCategory = 'technical'): AgentDefinition {
  return testAgent(id, () => vote(action, confidence, `${id} always says ${action} at ${confidence}.`, { constant: 1 }), category);
}

/** Always abstains. */
export function abstainingAgent(id: string): AgentDefinition {
  return testAgent(id, () => abstain(`${id} has no data`));
}

/** Votes BUY with a NaN confidence (bypassing the `vote` helper, which would clamp). */
export function nanAgent(id: string): AgentDefinition {
  return testAgent(id, () => ({ kind: 'vote', action: 'BUY', confidence: NaN, reasoning: 'NaN confidence.', indicators: {} }));
}

/** Throws on every call. */
export function throwingAgent(id: string): AgentDefinition {
  return testAgent(id, () => {
    throw new Error(`${id} exploded`);
  });
}

/** Returns a promise that never settles. */
export function hangingAgent(id: string): AgentDefinition {
  return testAgent(id, () => new Promise<AgentOutput>(() => undefined));
}

/** A clock tests advance by hand, so lateness is deterministic. */
export class ManualClock {
  time = 0;
  readonly now = (): number => this.time;
}

/** Takes `ms` on `clock` before voting BUY. */
export function slowAgent(id: string, clock: ManualClock, ms: number): AgentDefinition {
  return testAgent(id, () => {
    clock.time += ms;
    return vote('BUY', 0.9, `${id} is slow.`, {});
  });
}

/** A uniform number in [0, 1) that depends only on the seed and the bar time, so agents stay pure. */
export function unitHash(seed: number, time: number): number {
  return createSeededRandom((Math.imul(seed, 2654435761) ^ Math.floor(time / 60_000)) >>> 0).next();
}

/** Forward return over `horizon` bars from the bar the context is at, or NaN past the end of `series`. */
export function forwardReturn(series: BarSeries, index: ReadonlyMap<number, number>, context: AgentContext, horizon: number): number {
  const i = index.get(context.bars.time(0));
  if (i === undefined || i + horizon >= series.length) return NaN;
  return series.close[i + horizon] / series.close[i] - 1;
}

function timeIndex(series: BarSeries): Map<number, number> {
  const index = new Map<number, number>();
  for (let i = 0; i < series.length; i++) index.set(series.time[i], i);
  return index;
}

/** Votes against the direction of the coming `horizon`-bar return of `series`: always wrong. */
export function alwaysWrongAgent(id: string, series: BarSeries, horizon: number): AgentDefinition {
  const index = timeIndex(series);
  return testAgent(id, (context) => {
    const r = forwardReturn(series, index, context, horizon);
    if (Number.isNaN(r)) return abstain('past the end of the test series');
    return vote(r > 0 ? 'SELL' : 'BUY', 1, `${id} is wrong on purpose.`, { r });
  });
}

/** Votes the direction of the coming `horizon`-bar return with probability `accuracy`, the other way otherwise. */
export function skilfulAgent(id: string, series: BarSeries, horizon: number, accuracy = 0.7, seed = 7): AgentDefinition {
  const index = timeIndex(series);
  return testAgent(id, (context) => {
    const r = forwardReturn(series, index, context, horizon);
    if (Number.isNaN(r)) return abstain('past the end of the test series');
    const right = unitHash(seed, context.bars.time(0)) < accuracy;
    const up = r > 0 === right;
    return vote(up ? 'BUY' : 'SELL', 0.8, `${id} peeks ahead.`, { r });
  });
}

/** BUY or SELL at random (seeded by bar time), confidence 1. */
export function randomAgent(id: string, seed: number): AgentDefinition {
  return testAgent(id, (context) => {
    const u = unitHash(seed, context.bars.time(0));
    return vote(u < 0.5 ? 'BUY' : 'SELL', 1, `${id} flips a coin.`, { u });
  });
}
