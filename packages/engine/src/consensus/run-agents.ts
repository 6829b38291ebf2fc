import type { AgentContext } from '../agents/agent.js';
import type { ConfiguredAgent } from '../agents/agent-registry.js';
import type { AgentRunResult } from './agent-run-result.js';
import { assertInRange } from '../support/assert-in-range.js';
import { excludedResult, settleAgentOutput, thrownReason } from './settle-agent-output.js';

/** Options of {@link runAgents}. */
export interface RunAgentsOptions {
  /**
   * An answer that took longer than this is excluded as late. Default `Infinity` (no check): whether
   * an agent is late depends on the machine, and backtests and replays must be deterministic.
   */
  readonly timeoutMs?: number;
  /**
   * Clock in milliseconds used to time each agent; default `Date.now`. `null` turns timing off
   * (every `elapsedMs` is NaN), saving two clock reads per agent; only allowed with an infinite timeout.
   */
  readonly now?: (() => number) | null;
}

/** True for anything with a `then` method, which is how promises from any realm or library look. */
export function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { readonly then?: unknown }).then === 'function';
}

/** Validates `timeoutMs` (0..Infinity ms). */
export function checkTimeout(timeoutMs: number): number {
  assertInRange('timeoutMs', timeoutMs, 0, Infinity);
  return timeoutMs;
}

const untimed = (): number => NaN;

/** The clock the options ask for; a finite timeout needs a real one. */
export function runnerClock(options: RunAgentsOptions, timeoutMs: number): () => number {
  if (options.now !== null) return options.now ?? Date.now;
  if (Number.isFinite(timeoutMs)) throw new RangeError(`now: null (no timing) cannot enforce timeoutMs ${timeoutMs}`);
  return untimed;
}

/**
 * Runs each agent on `context`, in order, synchronously, and reports what became of every one: a
 * throw, an invalid output, a late answer or a promise (which this runner cannot wait for; use
 * `runAgentsAsync`) makes the agent `excluded` with the reason. Never throws because of an agent.
 */
export function runAgents(agents: readonly ConfiguredAgent[], context: AgentContext, options: RunAgentsOptions = {}): AgentRunResult[] {
  const timeoutMs = checkTimeout(options.timeoutMs ?? Infinity);
  const now = runnerClock(options, timeoutMs);
  const results: AgentRunResult[] = [];
  for (const agent of agents) {
    const started = now();
    let output: unknown;
    try {
      output = agent.instance.analyze(context);
    } catch (error) {
      results.push(excludedResult(agent, thrownReason('threw', error), now() - started));
      continue;
    }
    const elapsedMs = now() - started;
    if (isPromiseLike(output)) {
      // Nobody will await it: swallow a later rejection so it cannot crash the process.
      try {
        output.then(undefined, () => undefined);
      } catch {
        // A hand-made thenable may throw from `then`; the agent is excluded either way.
      }
      results.push(excludedResult(agent, 'returned a promise, which the synchronous runner cannot wait for (use runAgentsAsync)', elapsedMs));
      continue;
    }
    results.push(settleAgentOutput(agent, output, elapsedMs, timeoutMs));
  }
  return results;
}
