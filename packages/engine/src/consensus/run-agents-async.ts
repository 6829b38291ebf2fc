import type { AgentContext } from '../agents/agent.js';
import type { ConfiguredAgent } from '../agents/agent-registry.js';
import type { AgentRunResult } from './agent-run-result.js';
import { globalTimers } from './global-timers.js';
import { checkTimeout, isPromiseLike, runnerClock, type RunAgentsOptions } from './run-agents.js';
import { excludedResult, settleAgentOutput, thrownReason } from './settle-agent-output.js';

/** Default timeout of {@link runAgentsAsync}: an agent waiting on a remote model or feed gets 5 s. */
export const DEFAULT_ASYNC_TIMEOUT_MS = 5_000;

/** Waits for one agent's promise, racing it against the time left of its timeout. */
function settleLater(
  agent: ConfiguredAgent,
  pending: PromiseLike<unknown>,
  started: number,
  timeoutMs: number,
  now: () => number,
): Promise<AgentRunResult> {
  return new Promise((resolve) => {
    let settled = false;
    let timer: unknown;
    const timers = Number.isFinite(timeoutMs) ? globalTimers() : null;
    const finish = (result: AgentRunResult): void => {
      if (settled) return;
      settled = true;
      if (timers !== null) timers.clearTimeout(timer);
      resolve(result);
    };
    if (timers !== null) {
      // The synchronous part of the call already used some of the budget.
      const left = Math.max(0, timeoutMs - (now() - started));
      timer = timers.setTimeout(() => finish(excludedResult(agent, `timed out after ${timeoutMs} ms`, now() - started)), left);
    }
    try {
      pending.then(
        (output) => finish(settleAgentOutput(agent, output, now() - started, timeoutMs)),
        (error: unknown) => finish(excludedResult(agent, thrownReason('rejected', error), now() - started)),
      );
    } catch (error) {
      // A hand-made thenable can throw from `then` itself.
      finish(excludedResult(agent, thrownReason('threw', error), now() - started));
    }
  });
}

/**
 * Like `runAgents`, but waits for agents that answer with a promise, each raced against `timeoutMs`
 * (default {@link DEFAULT_ASYNC_TIMEOUT_MS}; `Infinity` waits forever): a hanging agent is excluded
 * with "timed out after X ms" instead of holding the signal back. Results keep the agents' order.
 */
export async function runAgentsAsync(
  agents: readonly ConfiguredAgent[],
  context: AgentContext,
  options: RunAgentsOptions = {},
): Promise<AgentRunResult[]> {
  const timeoutMs = checkTimeout(options.timeoutMs ?? DEFAULT_ASYNC_TIMEOUT_MS);
  const now = runnerClock(options, timeoutMs);
  const results: (AgentRunResult | Promise<AgentRunResult>)[] = [];
  for (const agent of agents) {
    const started = now();
    let output: unknown;
    try {
      output = agent.instance.analyze(context);
    } catch (error) {
      results.push(excludedResult(agent, thrownReason('threw', error), now() - started));
      continue;
    }
    if (isPromiseLike(output)) results.push(settleLater(agent, output, started, timeoutMs, now));
    else results.push(settleAgentOutput(agent, output, now() - started, timeoutMs));
  }
  return Promise.all(results);
}
