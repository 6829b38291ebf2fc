import type { AgentLeaderboard } from '../tools/compare-agents-tool.js';
import { MIN_RANKED_SCORED } from '../tools/compare-agents-tool.js';
import { count, percentOf } from './figures.js';

/** The most accurate agents with their measured hit rate, sample size and weight. */
export function agentLeaderboardText(board: AgentLeaderboard): string {
  if (board.standings.length === 0) {
    return (
      `No agent has ${MIN_RANKED_SCORED} scored votes yet (${count(board.scoredTotal, 'vote')} scored over all ${board.agentsTotal} agents so far). ` +
      "Accuracy is measured as each vote's horizon passes, so ask again once signals have been followed for a while."
    );
  }
  const lines = board.standings.map(
    (standing, k) =>
      `${k + 1}. ${standing.name} (${standing.category}): measured hit rate ${standing.measuredHitRate === null ? 'n/a' : percentOf(standing.measuredHitRate)} over ${count(standing.scored, 'scored vote')}; consensus weight ${standing.weight.toFixed(2)}.`,
  );
  return [
    `Most accurate agents (${board.ranked} of ${board.agentsTotal} have at least ${MIN_RANKED_SCORED} scored votes), all symbol classes and timeframes combined:`,
    ...lines,
    '',
    'Ranked by hit rate shrunk toward 50% while samples are few (what the consensus weights use); the measured rate is the decayed share of scored votes that were right.',
  ].join('\n');
}
