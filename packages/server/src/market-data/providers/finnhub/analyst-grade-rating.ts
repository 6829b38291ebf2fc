/** Broker rating words on the 1 (strong sell) .. 5 (strong buy) scale, keyed by lower-case letters only. */
const RATING_OF_GRADE: Readonly<Record<string, number>> = {
  strongbuy: 5,
  toppick: 5,
  convictionbuy: 5,
  buy: 4,
  outperform: 4,
  overweight: 4,
  accumulate: 4,
  add: 4,
  positive: 4,
  marketoutperform: 4,
  sectoroutperform: 4,
  moderatebuy: 4,
  longtermbuy: 4,
  speculativebuy: 4,
  hold: 3,
  neutral: 3,
  equalweight: 3,
  marketperform: 3,
  sectorperform: 3,
  peerperform: 3,
  inline: 3,
  perform: 3,
  sectorweight: 3,
  mixed: 3,
  underperform: 2,
  underweight: 2,
  reduce: 2,
  moderatesell: 2,
  sectorunderperform: 2,
  marketunderperform: 2,
  negative: 2,
  sell: 1,
  strongsell: 1,
};

/**
 * A broker's rating word (`Overweight`, `Equal-Weight`, `Market Perform`, `Strong Buy`) on the engine's
 * 1 (strong sell) .. 5 (strong buy) scale; NaN for a word we do not know, which the analyst agent reads
 * as "no rating" rather than a guessed one.
 */
export function analystGradeRating(grade: string): number {
  return RATING_OF_GRADE[grade.toLowerCase().replace(/[^a-z]/g, '')] ?? Number.NaN;
}
