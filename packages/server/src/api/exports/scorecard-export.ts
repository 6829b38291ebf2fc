import type { AgentCategory, SignalEngine, SymbolClass, Timeframe } from '@goldensignals/engine';
import { csvDocument, type CsvColumn } from '../../export/csv-writer.js';
import type { Database } from '../../storage/database.js';
import { AgentSettingsRepository } from '../../storage/repositories/agent-settings-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { accuracyCells, agentView, type AgentAccuracyView, type AgentView } from '../agents/agent-view.js';
import { summarizeOutcomes, type OutcomeSummary } from '../signals/outcome-summary.js';

/** The parts of the scorecard a CSV export holds one of. */
export const SCORECARD_PARTS = ['agents', 'outcomes'] as const;

/** A part of the scorecard. */
export type ScorecardPart = (typeof SCORECARD_PARTS)[number];

/** What the scorecard covers: the agents (as `GET /agents` filters them) and the signals of the last `days`. */
export interface ScorecardScope {
  readonly days: number;
  readonly category?: AgentCategory;
  readonly symbolClass?: SymbolClass;
  readonly timeframe?: Timeframe;
}

/** The scorecard: every agent's measured accuracy and weight, and how the signals fared, overall and per action. */
export interface Scorecard {
  readonly days: number;
  readonly agents: readonly AgentView[];
  readonly outcomes: OutcomeSummary & { readonly buy: OutcomeSummary; readonly sell: OutcomeSummary };
}

const DAY_MS = 86_400_000;

/** Reads the scorecard exactly as `GET /agents` and `GET /signals/performance/summary` compute their parts. */
export async function readScorecard(database: Database, engine: SignalEngine, scope: ScorecardScope, now: number): Promise<Scorecard> {
  const { category, symbolClass, timeframe } = scope;
  const stored = new Map((await new AgentSettingsRepository(database.db).list()).map((setting) => [setting.agent, setting]));
  const sources = { tracker: engine.tracker, cells: accuracyCells(engine.tracker, { symbolClass, timeframe }), running: new Set(engine.agents.map((agent) => agent.id)) };
  const agents = engine.registry
    .list()
    .filter((definition) => category === undefined || definition.category === category)
    .map((definition) => agentView(definition, stored.get(definition.id) ?? null, sources));
  const counts = await new SignalRepository(database.db).outcomeCounts(new Date(now - scope.days * DAY_MS));
  return {
    days: scope.days,
    agents,
    outcomes: {
      ...summarizeOutcomes(counts),
      buy: summarizeOutcomes(counts.filter((count) => count.action === 'BUY')),
      sell: summarizeOutcomes(counts.filter((count) => count.action === 'SELL')),
    },
  };
}

/** One agent on one (symbol class, timeframe) cell; `cell` is absent for an agent with no cell to show yet. */
interface AgentCellRow {
  readonly agent: AgentView;
  readonly cell?: AgentAccuracyView;
}

const AGENT_COLUMNS: readonly CsvColumn<AgentCellRow>[] = [
  { header: 'agent', value: (row) => row.agent.id },
  { header: 'name', value: (row) => row.agent.name },
  { header: 'category', value: (row) => row.agent.category },
  { header: 'enabled', value: (row) => row.agent.enabled },
  { header: 'symbol_class', value: (row) => row.cell?.symbolClass },
  { header: 'timeframe', value: (row) => row.cell?.timeframe },
  { header: 'hit_rate', value: (row) => row.cell?.hitRate },
  { header: 'raw_hit_rate', value: (row) => row.cell?.rawHitRate },
  { header: 'samples', value: (row) => row.cell?.samples },
  { header: 'scored', value: (row) => row.cell?.scored },
  { header: 'pushes', value: (row) => row.cell?.pushes },
  { header: 'weight', value: (row) => row.cell?.weight },
  { header: 'updated_at', value: (row) => row.cell?.updatedAt },
];

interface OutcomeRow {
  readonly action: string;
  readonly summary: OutcomeSummary;
}

const OUTCOME_COLUMNS: readonly CsvColumn<OutcomeRow>[] = [
  { header: 'action', value: (row) => row.action },
  { header: 'signals', value: (row) => row.summary.signals },
  { header: 'open', value: (row) => row.summary.open },
  { header: 'target', value: (row) => row.summary.outcomes.target },
  { header: 'stop', value: (row) => row.summary.outcomes.stop },
  { header: 'expired', value: (row) => row.summary.outcomes.expired },
  { header: 'hit_rate', value: (row) => row.summary.hitRate },
  { header: 'average_return', value: (row) => row.summary.averageReturn },
];

/** One part of the scorecard as CSV: a row per agent and cell, or a row per action (BUY, SELL, then all) of the outcomes. */
export function scorecardCsv(scorecard: Scorecard, part: ScorecardPart): string {
  if (part === 'agents') {
    return csvDocument(
      AGENT_COLUMNS,
      scorecard.agents.flatMap((agent): AgentCellRow[] => (agent.accuracy.length === 0 ? [{ agent }] : agent.accuracy.map((cell) => ({ agent, cell })))),
    );
  }
  const { buy, sell, ...all } = scorecard.outcomes;
  return csvDocument(OUTCOME_COLUMNS, [
    { action: 'BUY', summary: buy },
    { action: 'SELL', summary: sell },
    { action: 'all', summary: all },
  ]);
}
