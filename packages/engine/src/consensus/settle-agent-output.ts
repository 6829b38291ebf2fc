import { AgentVote, NO_REASONING, type AgentOutput, type Vote } from '../agents/agent.js';
import type { ConfiguredAgent } from '../agents/agent-registry.js';
import type { AgentRunResult } from './agent-run-result.js';
import { agentOutputProblem, isNonEmptyString } from './validate-agent-output.js';

/** An `excluded` result with its reason. */
export function excludedResult(agent: ConfiguredAgent, reason: string, elapsedMs: number): AgentRunResult {
  return { agent: agent.id, category: agent.category, status: 'excluded', reason, elapsedMs };
}

/** The exclusion reason for an agent that threw (or whose promise rejected) with `error`. */
export function thrownReason(verb: 'threw' | 'rejected', error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : `a ${typeof error}`;
  return `${verb} ${message}`;
}

/** Formats milliseconds for a reason: whole numbers as they are, fractions to 0.1 ms. */
function ms(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * A hand-made vote (a literal rather than one from `vote()`) as results carry it: itself when its
 * reasoning is a sentence, otherwise a copy whose reasoning is the placeholder, so that the vote
 * still counts (a missing explanation is no reason to drop an opinion).
 */
function handMadeVote(output: Vote): Vote {
  let reasoning: unknown;
  try {
    reasoning = output.reasoning;
  } catch {
    reasoning = undefined;
  }
  if (isNonEmptyString(reasoning)) return output;
  return new AgentVote(output.action, output.confidence, NO_REASONING, output.indicators, output.risk);
}

/**
 * Turns an agent's answer into a result: excluded as late when it took longer than `timeoutMs`,
 * excluded as invalid when it is malformed (see {@link agentOutputProblem}), otherwise voted or abstained.
 * Lateness is checked first because a late answer is excluded whatever it says.
 */
export function settleAgentOutput(agent: ConfiguredAgent, output: unknown, elapsedMs: number, timeoutMs: number): AgentRunResult {
  if (elapsedMs > timeoutMs) {
    return excludedResult(agent, `late: answered after ${ms(elapsedMs)} ms, over the ${ms(timeoutMs)} ms timeout`, elapsedMs);
  }
  const problem = agentOutputProblem(output);
  if (problem !== null) return excludedResult(agent, `invalid output: ${problem}`, elapsedMs);
  // Safe: agentOutputProblem accepted it, so it has the AgentOutput shape.
  const valid = output as AgentOutput;
  if (valid.kind === 'abstain') {
    return { agent: agent.id, category: agent.category, status: 'abstained', reason: valid.reason, elapsedMs };
  }
  // An AgentVote's reasoning is checked when it is first read; reading it here would write it.
  const vote = valid instanceof AgentVote ? valid : handMadeVote(valid);
  return { agent: agent.id, category: agent.category, status: 'voted', vote, elapsedMs };
}
