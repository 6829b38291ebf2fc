import { SYMBOL_CLASSES, TIMEFRAMES, type AgentAccuracy, type AgentCategory, type SignalEngine, type SymbolClass, type Timeframe } from '@goldensignals/engine';
import type { ChatTool } from '../chat-tool.js';
import { agentCitation } from '../citations.js';
import { ToolArguments } from '../tool-arguments.js';

/** Which agents to compare, on which part of the record. */
export interface AgentComparison {
  /** Agent ids to show whatever their record; absent: the best ranked. */
  readonly agents?: readonly string[];
  readonly symbolClass?: SymbolClass;
  readonly timeframe?: Timeframe;
  readonly limit: number;
}

/** An agent's measured record, over the cells compared. */
export interface AgentStanding {
  readonly id: string;
  readonly name: string;
  readonly category: AgentCategory;
  /** Decayed hit rate of its scored votes, without shrinkage; `null` before any was scored. */
  readonly measuredHitRate: number | null;
  /** Hit rate shrunk toward 50 % while samples are few: what its consensus weight comes from and what it is ranked by. */
  readonly rankedHitRate: number;
  /** Votes scored right or wrong, ever. */
  readonly scored: number;
  /** Current consensus weight (averaged over cells by samples). */
  readonly weight: number;
}

/** The ranking and what it rests on. */
export interface AgentLeaderboard {
  readonly standings: readonly AgentStanding[];
  /** Agents with at least {@link MIN_RANKED_SCORED} scored votes (the others are not ranked unless asked for). */
  readonly ranked: number;
  readonly agentsTotal: number;
  /** Scored votes over every agent compared. */
  readonly scoredTotal: number;
  readonly scope: { readonly symbolClass: SymbolClass | 'all'; readonly timeframe: Timeframe | 'all' };
}

/** Fewest scored votes an agent needs to be ranked: "100 % of 2 votes" would rank luck. */
export const MIN_RANKED_SCORED = 10;

/** Averages an agent's cells by their (decayed) samples, as the dashboard's leaderboard does. */
function standingOf(id: string, name: string, category: AgentCategory, cells: readonly AgentAccuracy[]): AgentStanding {
  let samples = 0;
  let hits = 0;
  let measured = 0;
  let weight = 0;
  let scored = 0;
  for (const cell of cells) {
    samples += cell.samples;
    hits += cell.hitRate * cell.samples;
    measured += (cell.rawHitRate ?? 0) * cell.samples;
    weight += cell.weight * cell.samples;
    scored += cell.scored;
  }
  return { id, name, category, measuredHitRate: samples > 0 ? measured / samples : null, rankedHitRate: samples > 0 ? hits / samples : 0.5, scored, weight: samples > 0 ? weight / samples : 1 };
}

/** Ranks the engine's agents by measured accuracy from its accuracy tracker (what `GET /api/v1/agents` shows). */
export function agentLeaderboard(engine: SignalEngine, comparison: AgentComparison): AgentLeaderboard {
  const cells = engine.tracker
    .snapshot()
    .filter((cell) => (comparison.symbolClass ?? cell.symbolClass) === cell.symbolClass && (comparison.timeframe ?? cell.timeframe) === cell.timeframe);
  const definitions = engine.registry.list();
  const standings = definitions.map((definition) => standingOf(definition.id, definition.name, definition.category, cells.filter((cell) => cell.agent === definition.id)));
  const byRank = (a: AgentStanding, b: AgentStanding) => b.rankedHitRate - a.rankedHitRate || b.scored - a.scored || a.id.localeCompare(b.id);
  const eligible = standings.filter((standing) => standing.scored >= MIN_RANKED_SCORED).sort(byRank);
  const wanted = comparison.agents;
  const shown = wanted === undefined ? eligible.slice(0, comparison.limit) : standings.filter((standing) => wanted.includes(standing.id)).sort(byRank);
  return {
    standings: shown,
    ranked: eligible.length,
    agentsTotal: definitions.length,
    scoredTotal: standings.reduce((sum, standing) => sum + standing.scored, 0),
    scope: { symbolClass: comparison.symbolClass ?? 'all', timeframe: comparison.timeframe ?? 'all' },
  };
}

/** `compare_agents`: the agents' measured accuracy, sample sizes and weights, best first, or of chosen agents. */
export function compareAgentsTool(engine: () => SignalEngine): ChatTool<AgentComparison, AgentLeaderboard> {
  return {
    name: 'compare_agents',
    description: `The analysis agents' measured accuracy (hit rate of scored votes), number of scored votes and current consensus weight. Without \`agents\`: the best ranked (agents with at least ${MIN_RANKED_SCORED} scored votes). Optionally one symbol class and timeframe.`,
    parameters: {
      type: 'object',
      additionalProperties: false,
      properties: {
        agents: { type: 'array', items: { type: 'string', maxLength: 64 }, minItems: 1, maxItems: 40, description: 'agent ids to compare' },
        symbolClass: { type: 'string', enum: [...SYMBOL_CLASSES] },
        timeframe: { type: 'string', enum: [...TIMEFRAMES] },
        limit: { type: 'integer', minimum: 1, maximum: 40, description: 'default 5' },
      },
    },
    role: 'viewer',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'compare_agents', ['agents', 'symbolClass', 'timeframe', 'limit']);
      const known = engine().registry.list().map((definition) => definition.id);
      return {
        ...(args.has('agents') ? { agents: args.choices('agents', known, 40) } : {}),
        ...(args.has('symbolClass') ? { symbolClass: args.choice('symbolClass', SYMBOL_CLASSES) } : {}),
        ...(args.has('timeframe') ? { timeframe: args.timeframe('timeframe') } : {}),
        limit: args.has('limit') ? args.number('limit', 1, 40, true) : 5,
      };
    },
    execute: async (comparison) => agentLeaderboard(engine(), comparison),
    present: (board) => ({ content: JSON.stringify(board), citations: board.standings.map((standing) => agentCitation(standing.id, standing.name)) }),
    summary: (comparison) => (comparison.agents === undefined ? `top ${comparison.limit} agents by measured accuracy` : `accuracy of ${comparison.agents.join(', ')}`),
  };
}
