import { TIMEFRAMES, type SignalEngine, type SignalVote, type Timeframe } from '@goldensignals/engine';
import type { Database } from '../../../storage/database.js';
import { SignalRepository } from '../../../storage/repositories/signal-repository.js';
import type { StoredSignalWithVotes } from '../../../storage/repositories/stored-signal.js';
import { ToolError, type ChatTool } from '../chat-tool.js';
import { signalCitation } from '../citations.js';
import { SYMBOL_PATTERN, ToolArguments } from '../tool-arguments.js';

/** Which signal: by id, or the latest of a symbol (on a timeframe, or any). */
export type SignalQuery = { readonly id: string } | { readonly symbol: string; readonly timeframe?: Timeframe };

/** A vote with its agent's display name. */
export interface NamedVote extends SignalVote {
  readonly name: string;
}

/** A signal and its votes sorted into what carried it and what went against it. */
export interface SignalExplanation {
  readonly signal: StoredSignalWithVotes;
  /** Agents that voted the signal's action, the heaviest (weight × confidence) first. */
  readonly agreeing: readonly NamedVote[];
  /** Agents that voted another action, the heaviest first. */
  readonly dissenting: readonly NamedVote[];
  readonly counts: { readonly BUY: number; readonly SELL: number; readonly HOLD: number; readonly abstained: number; readonly excluded: number };
}

/** Votes listed to the model on each side. */
const LISTED_VOTES = 6;

function heaviestFirst(a: SignalVote, b: SignalVote): number {
  return b.weight * b.confidence - a.weight * a.confidence || a.agent.localeCompare(b.agent);
}

/** Sorts a stored signal's votes for an explanation, naming each agent from the engine's registry. */
export function explainSignal(signal: StoredSignalWithVotes, engine: SignalEngine): SignalExplanation {
  const named = signal.votes.map((vote) => ({ ...vote, name: engine.registry.has(vote.agent) ? engine.registry.get(vote.agent).name : vote.agent }));
  const voted = named.filter((vote) => vote.status === 'voted' && vote.action !== null);
  const countOf = (action: string) => voted.filter((vote) => vote.action === action).length;
  return {
    signal,
    agreeing: voted.filter((vote) => vote.action === signal.action).sort(heaviestFirst),
    dissenting: voted.filter((vote) => vote.action !== signal.action).sort(heaviestFirst),
    counts: {
      BUY: countOf('BUY'),
      SELL: countOf('SELL'),
      HOLD: countOf('HOLD'),
      abstained: named.filter((vote) => vote.status === 'abstained').length,
      excluded: named.filter((vote) => vote.status === 'excluded').length,
    },
  };
}

/** A stored signal by id, or the latest (by bar time) of a symbol; a {@link ToolError} saying how to get one when none is stored. */
export async function findSignal(database: Database, query: SignalQuery): Promise<StoredSignalWithVotes> {
  const repository = new SignalRepository(database.db);
  if ('id' in query) {
    const found = await repository.byId(query.id);
    if (found === null) throw new ToolError(`no signal ${query.id} is stored`);
    return found;
  }
  const [latest] = (await repository.list({ symbols: [query.symbol], ...(query.timeframe === undefined ? {} : { timeframes: [query.timeframe] }) }, null, 1)).items;
  const found = latest === undefined ? null : await repository.byId(latest.id);
  if (found === null) {
    const on = query.timeframe === undefined ? '' : ` on ${query.timeframe}`;
    throw new ToolError(`no signal is stored for ${query.symbol}${on}; signals are generated for watchlist symbols as bars close, or on demand with POST /api/v1/signals/generate/${query.symbol}`);
  }
  return found;
}

function voteLine(vote: NamedVote): object {
  return { agent: vote.agent, name: vote.name, category: vote.category, action: vote.action, confidence: vote.confidence, weight: vote.weight, reasoning: vote.reasoning };
}

/** `get_signal`: a stored signal with the votes, weights and reasoning behind it. */
export function getSignalTool(database: Database, engine: () => SignalEngine): ChatTool<SignalQuery, SignalExplanation> {
  return {
    name: 'get_signal',
    description:
      "A stored signal with why it is what it is: action, confidence, consensus strength, price, stop-loss, take-profit, risk, the engine's summary, and the heaviest agreeing and dissenting agent votes (confidence, accuracy weight, reasoning). Give `id`, or `symbol` (and optionally `timeframe`) for its latest signal.",
    parameters: {
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid', description: 'a signal id' },
        symbol: { type: 'string', pattern: SYMBOL_PATTERN, description: 'ticker whose latest signal to explain' },
        timeframe: { type: 'string', enum: [...TIMEFRAMES], description: 'only signals of this timeframe' },
      },
    },
    role: 'viewer',
    parse: (raw) => {
      const args = new ToolArguments(raw, 'get_signal', ['id', 'symbol', 'timeframe']);
      if (args.has('id')) return { id: args.uuid('id') };
      if (!args.has('symbol')) throw new ToolError('get_signal: give id or symbol');
      return { symbol: args.symbol('symbol'), ...(args.has('timeframe') ? { timeframe: args.timeframe('timeframe') } : {}) };
    },
    execute: async (query) => explainSignal(await findSignal(database, query), engine()),
    present: ({ signal, agreeing, dissenting, counts }) => {
      const { votes: _votes, ...fields } = signal;
      const content = { ...fields, voteCounts: counts, topAgreeing: agreeing.slice(0, LISTED_VOTES).map(voteLine), topDissenting: dissenting.slice(0, LISTED_VOTES).map(voteLine) };
      return { content: JSON.stringify(content), citations: [signalCitation(signal)] };
    },
    summary: (query) => ('id' in query ? `signal ${query.id}` : `latest ${query.symbol}${query.timeframe === undefined ? '' : ` ${query.timeframe}`} signal`),
  };
}
