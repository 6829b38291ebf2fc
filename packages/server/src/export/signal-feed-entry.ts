import type { SignalVote } from '@goldensignals/engine';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import type { FeedEntry } from './feed-document.js';

/** Reasons a feed entry quotes: the agents that weighed most for the signal's action. */
const TOP_REASONS = 3;

function percent(fraction: number, digits = 0): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A price as a trader reads it: six significant digits, never an exponent. */
function price(value: number): string {
  return Math.abs(value) >= 1e5 ? value.toFixed(2) : String(Number(value.toPrecision(6)));
}

/** The reasoning of the agents that voted the signal's action, the heaviest (weight × confidence) first. */
export function topReasons(signal: Pick<StoredSignal, 'action'>, votes: readonly SignalVote[], count = TOP_REASONS): string[] {
  return votes
    .filter((vote) => vote.status === 'voted' && vote.action === signal.action && vote.reasoning.trim() !== '')
    .sort((a, b) => b.weight * b.confidence - a.weight * a.confidence)
    .slice(0, count)
    .map((vote) => `${vote.agent}: ${vote.reasoning.trim()}`);
}

function outcomeText(outcome: NonNullable<StoredSignal['outcome']>): string {
  const change = outcome.return === null ? '' : ` (${outcome.return >= 0 ? '+' : ''}${percent(outcome.return, 1)})`;
  return `Outcome: ${outcome.result}${change}.`;
}

/** The plain-text description of a signal in a feed: the numbers a trader acts on, then why. */
export function signalDescription(signal: StoredSignal, votes: readonly SignalVote[]): string {
  const levels = [
    `Confidence ${percent(signal.confidence)}, consensus ${percent(signal.consensusStrength)}, risk ${signal.riskLevel}.`,
    `Entry ${price(signal.entry)}, stop ${signal.stopLoss === null ? 'none' : price(signal.stopLoss)}, target ${signal.takeProfit === null ? 'none' : price(signal.takeProfit)}, size ${percent(signal.positionSize, 1)} of equity.`,
  ];
  const reasons = topReasons(signal, votes);
  return [
    `${signal.action} ${signal.symbol} (${signal.timeframe} bar of ${signal.time}).`,
    ...levels,
    ...(reasons.length > 0 ? [`Top reasons: ${reasons.map((reason, index) => `${index + 1}) ${reason}`).join(' ')}`] : []),
    signal.summary,
    ...(signal.outcome === null ? [] : [outcomeText(signal.outcome)]),
    ...(signal.simulated ? ['Computed from simulated market data.'] : []),
  ].join('\n');
}

/** Where the dashboard shows a signal: the Signals page filtered to its symbol, naming the signal. */
export function signalPageUrl(baseUrl: string, signal: Pick<StoredSignal, 'id' | 'symbol'>): string {
  const query = new URLSearchParams({ symbols: signal.symbol, signal: signal.id });
  return `${baseUrl}/signals?${query.toString()}`;
}

/** A stored signal as a feed entry: title `BUY AAPL 72%`, a link into the dashboard, the signal id as its id. */
export function signalFeedEntry(signal: StoredSignal, votes: readonly SignalVote[], baseUrl: string): FeedEntry {
  const updatedAt = signal.outcome !== null && signal.outcome.at > signal.createdAt ? signal.outcome.at : signal.createdAt;
  return {
    id: signal.id,
    title: `${signal.action} ${signal.symbol} ${percent(signal.confidence)}`,
    link: signalPageUrl(baseUrl, signal),
    published: signal.createdAt,
    updated: updatedAt,
    summary: signalDescription(signal, votes),
    categories: [signal.action, signal.symbol, signal.timeframe],
  };
}
