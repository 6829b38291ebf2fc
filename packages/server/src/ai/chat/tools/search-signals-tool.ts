import { TIMEFRAMES, type SignalAction, type Timeframe } from '@goldensignals/engine';
import type { Database } from '../../../storage/database.js';
import { SignalRepository } from '../../../storage/repositories/signal-repository.js';
import type { StoredSignal } from '../../../storage/repositories/stored-signal.js';
import { SIGNAL_ACTIONS } from '../../../storage/schema/engine-values.js';
import type { ChatTool } from '../chat-tool.js';
import { signalCitation } from '../citations.js';
import { SYMBOL_PATTERN, ToolArguments } from '../tool-arguments.js';

/** Filters of `search_signals`. */
export interface SignalSearch {
  readonly symbols?: readonly string[];
  readonly action?: SignalAction;
  readonly timeframe?: Timeframe;
  readonly minConfidence?: number;
  /** Epoch ms: only signals of bars from then on. */
  readonly since?: number;
  readonly limit: number;
}

/** Most signals one search returns to the model. */
export const MAX_SEARCHED_SIGNALS = 20;

/** Stored signals matching a search, newest bar first. */
export async function searchSignals(database: Database, search: SignalSearch): Promise<StoredSignal[]> {
  const page = await new SignalRepository(database.db).list(
    {
      ...(search.symbols === undefined ? {} : { symbols: search.symbols }),
      ...(search.action === undefined ? {} : { actions: [search.action] }),
      ...(search.timeframe === undefined ? {} : { timeframes: [search.timeframe] }),
      ...(search.minConfidence === undefined ? {} : { minConfidence: search.minConfidence }),
      ...(search.since === undefined ? {} : { from: new Date(search.since) }),
    },
    null,
    search.limit,
  );
  return [...page.items];
}

/** `search_signals`: stored signals by symbol, action, timeframe, confidence and age. */
export function searchSignalsTool(database: Database): ChatTool<SignalSearch, StoredSignal[]> {
  return {
    name: 'search_signals',
    description: 'Stored signals matching filters, newest bar first: symbol, timeframe, bar time, action, confidence, price, stop-loss, take-profit, risk level, whether simulated, and the outcome once scored.',
    parameters: {
      type: 'object',
      additionalProperties: false,
      properties: {
        symbols: { type: 'array', items: { type: 'string', pattern: SYMBOL_PATTERN }, minItems: 1, maxItems: 20, description: 'only these tickers' },
        action: { type: 'string', enum: [...SIGNAL_ACTIONS] },
        timeframe: { type: 'string', enum: [...TIMEFRAMES] },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
        since: { type: 'string', description: 'ISO-8601 date: only signals of bars from then on' },
        limit: { type: 'integer', minimum: 1, maximum: MAX_SEARCHED_SIGNALS, description: 'default 10' },
      },
    },
    role: 'viewer',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'search_signals', ['symbols', 'action', 'timeframe', 'minConfidence', 'since', 'limit']);
      return {
        ...(args.has('symbols') ? { symbols: args.symbols('symbols', 20) } : {}),
        ...(args.has('action') ? { action: args.choice('action', SIGNAL_ACTIONS) } : {}),
        ...(args.has('timeframe') ? { timeframe: args.timeframe('timeframe') } : {}),
        ...(args.has('minConfidence') ? { minConfidence: args.number('minConfidence', 0, 1) } : {}),
        ...(args.has('since') ? { since: args.time('since') } : {}),
        limit: args.has('limit') ? args.number('limit', 1, MAX_SEARCHED_SIGNALS, true) : 10,
      };
    },
    execute: (search) => searchSignals(database, search),
    present: (signals) => {
      const items = signals.map((signal) => ({
        id: signal.id,
        symbol: signal.symbol,
        timeframe: signal.timeframe,
        time: signal.time,
        action: signal.action,
        confidence: signal.confidence,
        price: signal.price,
        stopLoss: signal.stopLoss,
        takeProfit: signal.takeProfit,
        riskLevel: signal.riskLevel,
        simulated: signal.simulated,
        outcome: signal.outcome,
      }));
      return { content: JSON.stringify({ count: items.length, items }), citations: signals.map(signalCitation) };
    },
    summary: (search) => {
      const parts = [search.action, search.symbols?.join(', '), search.timeframe].filter((part) => part !== undefined);
      return parts.length === 0 ? 'latest signals' : `signals: ${parts.join(' ')}`;
    },
  };
}
