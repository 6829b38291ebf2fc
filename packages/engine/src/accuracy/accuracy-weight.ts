/**
 * Hit rate shrunk toward a coin flip: (hits + prior/2) / (samples + prior). With few samples it
 * stays near 0.5, so a lucky or unlucky start does not swing an agent's weight; `prior` is how many
 * samples the evidence needs before it outweighs the coin flip.
 */
export function shrunkHitRate(hits: number, samples: number, prior: number): number {
  const denominator = samples + prior;
  return denominator > 0 ? (hits + prior / 2) / denominator : 0.5;
}

/**
 * Hits behind a shrunk hit rate (its inverse, for records that keep the rate and the samples), kept
 * within [0, samples] against rounding.
 */
export function hitsOfShrunkRate(hitRate: number, samples: number, prior: number): number {
  const hits = hitRate * (samples + prior) - prior / 2;
  return hits < 0 ? 0 : hits > samples ? samples : hits;
}

/**
 * Consensus weight from a (shrunk) hit rate p: (p / (1 − p))^exponent, capped at `maxWeight`. That is
 * 1 at p = 0.5 (no information), grows with the edge over a coin flip, and tends to 0 as p falls
 * (an agent that is right less than chance is, at best, noise). The odds are the natural scale: an
 * agent right 2 times in 3 carries twice the evidence of a coin flip per vote; the cap keeps one
 * agent on a lucky streak from dominating the vote, which the consensus' fault tolerance relies on.
 */
export function accuracyWeight(hitRate: number, exponent: number, maxWeight: number): number {
  if (!(hitRate > 0)) return 0;
  if (hitRate >= 1) return maxWeight;
  const odds = hitRate / (1 - hitRate);
  const weight = exponent === 2 ? odds * odds : Math.pow(odds, exponent);
  return weight < maxWeight ? weight : maxWeight;
}
