import type { SignalAction } from '@goldensignals/engine';
import type { NamedVote, SignalExplanation } from '../tools/get-signal-tool.js';
import { count, percentOf, priceText, signedPercent, timeText } from './figures.js';

/** Votes listed on the signal's side, and against it. */
const FOR_LISTED = 5;
const AGAINST_LISTED = 3;

function voteLine(vote: NamedVote): string {
  return `- ${vote.name} (${vote.category}): ${vote.action ?? 'no vote'}, confidence ${percentOf(vote.confidence)}, accuracy weight ${vote.weight.toFixed(2)}. ${vote.reasoning}`;
}

/** Why a signal is what it is: its figures, the engine's summary and the heaviest votes on each side. */
export function signalExplanationText(explanation: SignalExplanation, asked: SignalAction | null): string {
  const { signal, agreeing, dissenting, counts } = explanation;
  const lines: string[] = [];
  if (asked !== null && asked !== signal.action) lines.push(`You asked why ${signal.symbol} is a ${asked}, but its latest signal is a ${signal.action}.`);
  lines.push(
    `${signal.symbol} (${signal.timeframe}) is a ${signal.action} as of the bar of ${timeText(signal.time)}: confidence ${percentOf(signal.confidence)}, ` +
      `with ${percentOf(signal.consensusStrength)} of the voting weight agreeing.`,
  );
  const levels = signal.action === 'HOLD' ? `Price ${priceText(signal.price)}; risk ${signal.riskLevel}.` : `Entry ${priceText(signal.entry)}, stop-loss ${priceText(signal.stopLoss)}, take-profit ${priceText(signal.takeProfit)}; risk ${signal.riskLevel}; suggested position ${percentOf(signal.positionSize)} of equity.`;
  lines.push(levels);
  if (signal.simulated) lines.push('This signal was computed from simulated market data, not real prices.');
  if (signal.outcome !== null) lines.push(`Outcome: ${signal.outcome.result} on ${timeText(signal.outcome.at)}, return ${signal.outcome.return === null ? 'n/a' : signedPercent(signal.outcome.return * 100)}.`);
  else if (signal.action !== 'HOLD') lines.push(`It is still being followed; it expires ${timeText(signal.expiresAt)}.`);
  lines.push('', `Engine summary: ${signal.summary}`, '');
  lines.push(`Votes: ${counts.BUY} BUY, ${counts.SELL} SELL, ${counts.HOLD} HOLD; ${counts.abstained} abstained, ${counts.excluded} excluded.`);
  if (agreeing.length > 0) {
    lines.push(`Strongest votes for ${signal.action} (confidence × accuracy weight):`, ...agreeing.slice(0, FOR_LISTED).map(voteLine));
  }
  if (dissenting.length > 0) {
    lines.push(`Strongest votes against (${count(dissenting.length, 'agent')}):`, ...dissenting.slice(0, AGAINST_LISTED).map(voteLine));
  }
  return lines.join('\n');
}
