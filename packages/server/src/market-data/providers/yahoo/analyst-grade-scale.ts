/**
 * Broker ratings on the engine's 1 (strong sell) .. 5 (strong buy) scale, by lower-case grade text.
 * Each house names its middle grade differently (Hold, Neutral, Equal-Weight, Market Perform, …);
 * all of those are 3. Grades Yahoo sends that are not listed here are not guessed.
 */
const GRADES: Readonly<Record<string, number>> = {
  'strong buy': 5,
  'conviction buy': 5,
  'top pick': 5,
  buy: 4,
  'long-term buy': 4,
  accumulate: 4,
  outperform: 4,
  outperformer: 4,
  'market outperform': 4,
  'sector outperform': 4,
  overweight: 4,
  positive: 4,
  'moderate buy': 4,
  hold: 3,
  neutral: 3,
  'equal-weight': 3,
  'equal weight': 3,
  'market perform': 3,
  'sector perform': 3,
  'peer perform': 3,
  perform: 3,
  'sector weight': 3,
  'in-line': 3,
  'fair value': 3,
  mixed: 3,
  underperform: 2,
  underperformer: 2,
  'sector underperform': 2,
  'market underperform': 2,
  underweight: 2,
  reduce: 2,
  negative: 2,
  'moderate sell': 2,
  sell: 2,
  'strong sell': 1,
};

/** The 1..5 rating of a broker grade such as `Overweight`, or undefined for an unknown grade. */
export function analystGradeRating(grade: string): number | undefined {
  return GRADES[grade.trim().toLowerCase()];
}
