import { SYMBOL_CLASSES, TIMEFRAMES, type AccuracyTracker, type AgentCategory, type AgentDefinition, type SymbolClass, type Timeframe } from '@goldensignals/engine';
import type { AgentSetting } from '../../storage/repositories/agent-settings-repository.js';
import { effectiveAgentConfig } from './agent-config.js';

/** An agent's measured accuracy and consensus weight on one symbol class and timeframe. */
export interface AgentAccuracyView {
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  /** Decayed hit rate shrunk toward 0.5: what the weight comes from. */
  readonly hitRate: number;
  /** Decayed hit rate without shrinkage; `null` before the first scored vote. */
  readonly rawHitRate: number | null;
  readonly samples: number;
  readonly scored: number;
  readonly pushes: number;
  readonly weight: number;
  /** Time of the last scored vote. */
  readonly updatedAt: string | null;
}

/** An agent as the agents API shows it. */
export interface AgentView {
  readonly id: string;
  readonly name: string;
  readonly category: AgentCategory;
  readonly description: string;
  readonly enabled: boolean;
  /** The full config: defaults with the stored overrides applied. */
  readonly config: object;
  /** The stored overrides only. */
  readonly overrides: Record<string, unknown>;
  /** Why stored overrides were set aside (no longer valid for the agent), else `null`. */
  readonly configError: string | null;
  /** Votes scored right or wrong, over the cells shown. */
  readonly scored: number;
  readonly accuracy: readonly AgentAccuracyView[];
}

/** A (symbol class, timeframe) pair of the accuracy tracker. */
export interface AccuracyCellKey {
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
}

/** Which accuracy cells to show; both given: that one cell, even if nothing was scored there yet. */
export interface AccuracyScope {
  readonly symbolClass?: SymbolClass;
  readonly timeframe?: Timeframe;
}

/**
 * The cells every agent is shown with: each (symbol class, timeframe) the tracker has a record on,
 * for any agent, within `scope`, in a stable order. Every agent gets the same cells, so an agent that
 * never voted there shows its real record: nothing scored and the neutral weight.
 */
export function accuracyCells(tracker: AccuracyTracker, scope: AccuracyScope): AccuracyCellKey[] {
  if (scope.symbolClass !== undefined && scope.timeframe !== undefined) return [{ symbolClass: scope.symbolClass, timeframe: scope.timeframe }];
  const cells = new Map<string, AccuracyCellKey>();
  for (const { symbolClass, timeframe } of tracker.snapshot()) {
    if ((scope.symbolClass ?? symbolClass) !== symbolClass || (scope.timeframe ?? timeframe) !== timeframe) continue;
    cells.set(`${symbolClass}|${timeframe}`, { symbolClass, timeframe });
  }
  return [...cells.values()].sort(
    (a, b) => SYMBOL_CLASSES.indexOf(a.symbolClass) - SYMBOL_CLASSES.indexOf(b.symbolClass) || TIMEFRAMES.indexOf(a.timeframe) - TIMEFRAMES.indexOf(b.timeframe),
  );
}

/** What {@link agentView} reads besides the agent itself. */
export interface AgentViewSources {
  readonly tracker: AccuracyTracker;
  /** The cells to show (see {@link accuracyCells}). */
  readonly cells: readonly AccuracyCellKey[];
  /** Ids of the agents the engine runs: whether an agent without stored settings is enabled. */
  readonly running: ReadonlySet<string>;
}

/** An agent's view: registry facts, stored settings over the defaults, and its record from the tracker. */
export function agentView(definition: AgentDefinition, setting: AgentSetting | null, sources: AgentViewSources): AgentView {
  const overrides = setting?.config ?? {};
  const { config, problem } = effectiveAgentConfig(definition, overrides);
  const accuracy = sources.cells.map(({ symbolClass, timeframe }): AgentAccuracyView => {
    const record = sources.tracker.accuracy(definition.id, symbolClass, timeframe);
    return {
      symbolClass,
      timeframe,
      hitRate: record.hitRate,
      rawHitRate: record.rawHitRate,
      samples: record.samples,
      scored: record.scored,
      pushes: record.pushes,
      weight: record.weight,
      updatedAt: record.updatedAt === null ? null : new Date(record.updatedAt).toISOString(),
    };
  });
  return {
    id: definition.id,
    name: definition.name,
    category: definition.category,
    description: definition.description,
    enabled: setting?.enabled ?? sources.running.has(definition.id),
    config,
    overrides,
    configError: problem,
    scored: accuracy.reduce((sum, cell) => sum + cell.scored, 0),
    accuracy,
  };
}
