import type { SignalVote } from '@goldensignals/engine';
import { actionMark, escapeHtml, truncate } from '../notify/message-text.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { formatPrice, formatShare, formatUtc, replyLines } from './reply-text.js';

/** Reasons a `/signal` answer lists. */
const TOP_REASONS = 3;

/**
 * The agents' sentences behind a signal, strongest first: the votes for its action, ranked by weight × confidence
 * (the share each had in the consensus); the summary when no vote agrees (a HOLD nobody voted for).
 */
export function topReasons(signal: StoredSignal, votes: readonly SignalVote[], count = TOP_REASONS): string[] {
  const agreeing = votes.filter((vote) => vote.status === 'voted' && vote.action === signal.action).sort((a, b) => b.weight * b.confidence - a.weight * a.confidence);
  if (agreeing.length === 0) return signal.summary === '' ? [] : [signal.summary];
  return agreeing.slice(0, count).map((vote) => `${vote.reasoning} (${vote.agent})`);
}

/** The answer to `/signal SYMBOL`: the stored signal's action, confidence, risk, stop, target, time and top reasons. */
export function signalReply(signal: StoredSignal, votes: readonly SignalVote[]): string {
  const stop = signal.stopLoss === null ? 'none' : formatPrice(signal.stopLoss);
  const target = signal.takeProfit === null ? 'none' : formatPrice(signal.takeProfit);
  const lines = [
    `${actionMark(signal.action)}<b>${signal.action} ${escapeHtml(signal.symbol)}</b> · ${signal.timeframe}`,
    `Confidence: <b>${formatShare(signal.confidence)}</b> · Risk: ${signal.riskLevel}`,
    `Price: ${formatPrice(signal.price)} · Stop: ${stop} · Target: ${target}`,
    `Bar: ${formatUtc(signal.time)} · expires ${formatUtc(signal.expiresAt)}`,
  ];
  if (signal.simulated) lines.push('<i>Computed from simulated market data.</i>');
  if (signal.outcome !== null) lines.push(`Closed: ${escapeHtml(signal.outcome.result)} at ${formatUtc(signal.outcome.at)}`);
  const reasons = topReasons(signal, votes);
  if (reasons.length > 0) lines.push('', '<b>Why</b>', ...reasons.map((reason) => `• ${escapeHtml(truncate(reason, 300))}`));
  return replyLines(lines);
}

/** One line of `/latest`: `🟢 BUY AAPL 1d · 72% · risk medium · 2024-06-03 18:00 UTC`. */
function latestLine(signal: StoredSignal): string {
  const simulated = signal.simulated ? ' · simulated' : '';
  return `${actionMark(signal.action)}<b>${signal.action} ${escapeHtml(signal.symbol)}</b> ${signal.timeframe} · ${formatShare(signal.confidence)} · risk ${signal.riskLevel} · ${formatUtc(signal.time)}${simulated}`;
}

/** The answer to `/latest`: the newest signal of each watched symbol, newest first. */
export function latestReply(signals: readonly StoredSignal[], watched: number): string {
  if (watched === 0) return 'Your watchlists hold no symbols yet. Add some in GoldenSignals, then ask again.';
  if (signals.length === 0) return `No signals stored yet for the ${watched} symbol${watched === 1 ? '' : 's'} of your watchlists.`;
  return replyLines(['<b>Newest signals of your watchlists</b>', ...signals.map(latestLine), '', 'Details: /signal SYMBOL']);
}
