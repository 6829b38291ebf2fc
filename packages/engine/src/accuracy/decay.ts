/**
 * Factor by which evidence recorded at `from` has faded at `to` with the given half-life (ms).
 * Times that go backwards do not decay or grow anything (records count a vote scored after later ones
 * with the factor from its own time to theirs).
 */
export function decayFactor(from: number, to: number, halfLifeMs: number): number {
  if (!(to > from)) return 1;
  return Math.exp((-(to - from) * Math.LN2) / halfLifeMs);
}
