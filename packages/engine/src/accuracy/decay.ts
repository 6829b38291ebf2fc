/**
 * Factor by which evidence recorded at `from` has faded at `to` with the given half-life (ms).
 * Times that go backwards (another symbol of the class lagging a bar) do not decay or grow anything.
 */
export function decayFactor(from: number, to: number, halfLifeMs: number): number {
  if (!(to > from)) return 1;
  return Math.exp((-(to - from) * Math.LN2) / halfLifeMs);
}
