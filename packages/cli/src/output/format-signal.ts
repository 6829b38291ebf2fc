import type { Signal, SignalVote } from '@goldensignals/engine';

const CATEGORY_ORDER = ['technical', 'risk', 'options', 'sentiment', 'ml', 'external'];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function price(value: number | null): string {
  return value === null ? '-' : value.toFixed(value >= 100 ? 2 : 4);
}

function voteLine(vote: SignalVote): string {
  const action = vote.status === 'voted' ? (vote.action ?? '-') : vote.status;
  const confidence = vote.status === 'voted' ? vote.confidence.toFixed(2) : '';
  return `  ${pad(vote.agent, 26)}${pad(vote.category, 11)}${pad(action, 10)}${pad(confidence, 6)}${pad(vote.weight.toFixed(2), 8)}${vote.reasoning}`;
}

/** A signal as a trader reads it: headline, levels, summary, then every agent's vote grouped by category. */
export function formatSignal(signal: Signal): string {
  const counts = { voted: 0, abstained: 0, excluded: 0 };
  for (const vote of signal.votes) counts[vote.status]++;
  const votes = [...signal.votes].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || Number(a.status !== 'voted') - Number(b.status !== 'voted'),
  );
  return [
    `${signal.symbol} ${signal.timeframe} ${signal.time}  ${signal.action}  confidence ${signal.confidence.toFixed(2)}  consensus strength ${signal.consensusStrength.toFixed(2)}`,
    `price ${price(signal.price)}  entry ${price(signal.entry)}  stop-loss ${price(signal.stopLoss)}  take-profit ${price(signal.takeProfit)}  risk ${signal.riskLevel}  position size ${(signal.positionSize * 100).toFixed(1)}% of equity  expires ${signal.expiresAt}`,
    '',
    signal.summary,
    '',
    `Votes: ${counts.voted} voted, ${counts.abstained} abstained, ${counts.excluded} excluded`,
    `  ${pad('agent', 26)}${pad('category', 11)}${pad('vote', 10)}${pad('conf', 6)}${pad('weight', 8)}reasoning`,
    ...votes.map(voteLine),
  ].join('\n');
}
