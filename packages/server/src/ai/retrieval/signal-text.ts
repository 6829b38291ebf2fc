import type { SignalVote } from '@goldensignals/engine';
import type { StoredSignal } from '../../storage/repositories/stored-signal.js';
import type { SourceText } from './source-text.js';

/** What indexing needs of a stored signal: its fields and its votes. */
export type IndexableSignal = Pick<StoredSignal, 'id' | 'symbol' | 'timeframe' | 'time' | 'action' | 'confidence' | 'summary'> & { readonly votes: readonly SignalVote[] };

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/**
 * A signal's summary and the reasoning of every agent that voted, one paragraph each (so passages
 * break between agents). Abstentions are left out: their reasons say what data was missing, not why
 * the market looks the way it does.
 */
export function signalText(signal: IndexableSignal): SourceText {
  const votes = signal.votes
    .filter((vote) => vote.status === 'voted' && vote.action !== null)
    .map((vote) => `${vote.agent} votes ${vote.action ?? ''} at ${percent(vote.confidence)} confidence: ${vote.reasoning}`);
  return {
    title: `${signal.action} ${signal.symbol} ${signal.timeframe} ${signal.time.slice(0, 10)}`,
    text: [`${signal.action} ${signal.symbol} at ${percent(signal.confidence)} confidence. ${signal.summary}`, ...votes].join('\n\n'),
  };
}
