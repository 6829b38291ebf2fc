/**
 * Broker rating words on the engine's 1 (strong sell) .. 5 (strong buy) scale, keyed by lower-case
 * letters only, so `Equal-Weight`, `equal weight` and `EqualWeight` are one word. Each house names
 * its middle grade differently (Hold, Neutral, Equal-Weight, Market Perform, …); all of those are 3.
 */
const RATING_OF_GRADE: Readonly<Record<string, number>> = {
  strongbuy: 5,
  convictionbuy: 5,
  toppick: 5,
  buy: 4,
  longtermbuy: 4,
  speculativebuy: 4,
  accumulate: 4,
  add: 4,
  outperform: 4,
  outperformer: 4,
  marketoutperform: 4,
  sectoroutperform: 4,
  overweight: 4,
  positive: 4,
  moderatebuy: 4,
  hold: 3,
  neutral: 3,
  equalweight: 3,
  marketperform: 3,
  sectorperform: 3,
  peerperform: 3,
  perform: 3,
  sectorweight: 3,
  inline: 3,
  fairvalue: 3,
  mixed: 3,
  underperform: 2,
  underperformer: 2,
  sectorunderperform: 2,
  marketunderperform: 2,
  underweight: 2,
  reduce: 2,
  negative: 2,
  moderatesell: 2,
  sell: 2,
  strongsell: 1,
};

/**
 * A broker's rating word (`Overweight`, `Equal-Weight`, `Market Perform`, `Strong Buy`) on the 1..5
 * scale, the same for every provider; NaN for a word not listed, which the analyst agent reads as
 * "no rating" rather than a guessed one.
 */
export function analystGradeRating(grade: string): number {
  return RATING_OF_GRADE[grade.toLowerCase().replace(/[^a-z]/g, '')] ?? Number.NaN;
}
