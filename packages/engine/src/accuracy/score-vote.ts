/** How a directional call fared against a realised move: right, wrong, or a push (a move inside the noise). */
export type VoteScore = 'right' | 'wrong' | 'push';

/**
 * The accuracy tracker's rule for one vote (see `AccuracyStream`), as a pure function: `code` is the
 * action code (+1 BUY, −1 SELL, 0 HOLD), `move` the simple return of the price over the span scored and
 * `band` the dead-band for that span (≥ 0). BUY is right when move > band, wrong when move < −band, a push
 * otherwise; SELL mirrors it; HOLD is right when |move| ≤ band and wrong otherwise.
 */
export function scoreVote(code: number, move: number, band: number): VoteScore {
  if (code === 0) return Math.abs(move) <= band ? 'right' : 'wrong';
  const directional = code * move;
  if (directional > band) return 'right';
  if (directional < -band) return 'wrong';
  return 'push';
}
