import type { LexiconKind } from './finance-lexicon.js';
import type { PhraseMatch } from './phrase-dictionary.js';
import type { TextToken } from './tokenize-text.js';

/** A lexicon entry as the scorer uses it. */
export interface LexiconEntry {
  readonly kind: LexiconKind;
  readonly weight: number;
  readonly standalone: number;
}

/** A lexicon phrase found in a text. */
export type LexiconItem = PhraseMatch<LexiconEntry>;

/** Tokens back from a move to the noun it describes ("operating profit for the period rose"). */
const METRIC_BEFORE = 12;
/** Tokens forward ("an increase in net sales"). */
const METRIC_AFTER = 4;
/** Tokens back from a comparator to the noun whose figures it compares. */
const COMPARED_METRIC_BEFORE = 15;

/** Words that may stand between a verb and its object ("improved its margin"). */
const DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'a', 'an', 'total']);

/** Years ("in 2007") are dates, not figures to compare. */
function isYear(token: TextToken): boolean {
  return token.kind === 'number' && Number.isInteger(token.value) && token.value >= 1900 && token.value <= 2100;
}

/** The financial noun a move describes, and whether the move names a new state rather than a change. */
export interface MetricLink {
  readonly metric: LexiconItem;
  readonly state: boolean;
}

/**
 * Resolves a move to its noun, in order: a direct object ("improved its margin"); the nearest noun
 * before it in the clause ("profit for the year rose"); a state after "to" ("slipped to a loss");
 * a noun shortly after ("an increase in net sales"). A change is turned into a state when the move
 * is followed by a comparator and a noun of the opposite sign ("loss, down from a profit").
 */
export function linkMetric(tokens: readonly TextToken[], items: readonly LexiconItem[], moveIndex: number, sameClause: (a: number, b: number) => boolean): MetricLink | undefined {
  const move = items[moveIndex];
  const next = items[moveIndex + 1];
  const nextIsMetric = next?.entry.kind === 'metric' && sameClause(next.start, move.start);
  if (nextIsMetric && tokens.slice(move.end, next.start).every((t) => DETERMINERS.has(t.text))) return { metric: next, state: false };
  for (let j = moveIndex - 1; j >= 0; j--) {
    const other = items[j];
    if (move.start - other.end > METRIC_BEFORE || !sameClause(other.start, move.start)) break;
    if (other.entry.kind === 'up' || other.entry.kind === 'down') break;
    if (other.entry.kind !== 'metric') continue;
    const comparator = items[moveIndex + 1];
    const previous = items[moveIndex + 2];
    const flipped =
      comparator?.entry.kind === 'comparator' &&
      comparator.start - move.end <= 1 &&
      previous?.entry.kind === 'metric' &&
      previous.start - comparator.end <= 2 &&
      Math.sign(previous.entry.weight) !== Math.sign(other.entry.weight);
    return { metric: other, state: flipped };
  }
  if (nextIsMetric && tokens[move.end]?.text === 'to' && next.start - move.end <= 3) return { metric: next, state: true };
  for (let j = moveIndex + 1; j < items.length; j++) {
    const other = items[j];
    if (other.start - move.end > METRIC_AFTER || !sameClause(other.start, move.start)) break;
    if (other.entry.kind === 'metric') return { metric: other, state: false };
  }
  return undefined;
}

/** True when a comparator shortly precedes the item ("from a pre-tax loss of"). */
export function afterComparator(items: readonly LexiconItem[], item: LexiconItem): boolean {
  return items.some((other) => other.entry.kind === 'comparator' && other.end <= item.start && item.start - other.end <= 2);
}

/**
 * "<metric> ... A <comparator> [metric] B": the metric moved from B to A even though no move word
 * says so. Returns the signed weight, or 0 when the pattern is incomplete or a move word already
 * described the metric.
 */
export function comparedFigures(
  tokens: readonly TextToken[],
  items: readonly LexiconItem[],
  comparatorIndex: number,
  attached: Set<LexiconItem>,
  sameClause: (a: number, b: number) => boolean,
): number {
  const comparator = items[comparatorIndex];
  let metric: LexiconItem | undefined;
  for (let j = comparatorIndex - 1; j >= 0; j--) {
    const other = items[j];
    if (comparator.start - other.end > COMPARED_METRIC_BEFORE || !sameClause(other.start, comparator.start)) break;
    if (other.entry.kind === 'up' || other.entry.kind === 'down') return 0;
    if (other.entry.kind === 'metric') {
      metric = other;
      break;
    }
  }
  if (!metric || attached.has(metric)) return 0;
  // The first figure after the noun is its current value (later ones are often currency conversions).
  let current = NaN;
  for (let t = metric.end; t < comparator.start; t++) {
    if (tokens[t].kind === 'number' && !isYear(tokens[t])) {
      current = tokens[t].value;
      break;
    }
  }
  // "proposed 1.00 eur dividend": the figure may also come just before the noun.
  for (let t = metric.start - 1; Number.isNaN(current) && t >= 0 && metric.start - t <= 3; t--) {
    if (tokens[t].kind === 'number' && !isYear(tokens[t])) current = tokens[t].value;
  }
  if (Number.isNaN(current)) return 0;
  const otherMetric = items.find((o) => o.entry.kind === 'metric' && o.start >= comparator.end && o.start - comparator.end <= 4);
  if (otherMetric && Math.sign(otherMetric.entry.weight) !== Math.sign(metric.entry.weight) && sameClause(otherMetric.start, comparator.start)) {
    attached.add(metric);
    return metric.entry.weight;
  }
  for (let t = comparator.end; t < tokens.length && t - comparator.end <= 6 && sameClause(t, comparator.start); t++) {
    if (tokens[t].kind !== 'number' || isYear(tokens[t])) continue;
    const [a, b] = sameScale(current, tokens[t].value);
    attached.add(metric);
    if (a > b) return metric.entry.weight;
    if (a < b) return -metric.entry.weight;
    return 0;
  }
  return 0;
}

/** Brings two figures to one scale when only one carried "mn"/"bn" ("EUR 8.3 mn ... compared to EUR 8.4"). */
function sameScale(a: number, b: number): [number, number] {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (x > 0 && y > 0 && x / y >= 500) x /= 1000;
  while (x > 0 && y > 0 && y / x >= 500) y /= 1000;
  return [Math.sign(a) * x, Math.sign(b) * y];
}
