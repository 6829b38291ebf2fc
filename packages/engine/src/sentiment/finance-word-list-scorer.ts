import { DIRECTION_GROUPS, METRIC_GROUPS, MODIFIER_GROUPS, POLAR_GROUPS, type LexiconGroup } from './finance-lexicon.js';
import { afterComparator, comparedFigures, linkMetric, type LexiconEntry, type LexiconItem } from './metric-moves.js';
import { PhraseDictionary } from './phrase-dictionary.js';
import type { SentimentLabel, SentimentScore, SentimentScorer } from './text-item.js';
import { tokenizeText } from './tokenize-text.js';

/** Tuning of {@link FinanceWordListScorer}; the defaults were measured on Financial PhraseBank (see the test). */
export interface FinanceWordListOptions {
  /** Raw score at or above which a text is positive. */
  readonly positiveThreshold?: number;
  /** Raw score at or below minus this is negative. */
  readonly negativeThreshold?: number;
}

/** Tokens a negator reaches forward. */
const NEGATION_SCOPE = 3;

/** Builds the phrase dictionary from the lexicon groups once. */
function buildDictionary(groups: readonly LexiconGroup[]): PhraseDictionary<LexiconEntry> {
  const dictionary = new PhraseDictionary<LexiconEntry>();
  for (const g of groups) {
    const entry: LexiconEntry = { kind: g.kind, weight: g.weight, standalone: g.standalone ?? 0 };
    for (const phrase of g.phrases.split('|')) dictionary.add(phrase, entry);
  }
  return dictionary;
}

const DICTIONARY = buildDictionary([...DIRECTION_GROUPS, ...METRIC_GROUPS, ...POLAR_GROUPS, ...MODIFIER_GROUPS]);

/**
 * Sentiment from a finance word list, deterministic and dependency-free. Beyond counting positive
 * and negative terms it reads how financial quantities move: a move word ("rose", "fell",
 * "narrowed") takes its sign from the nearest financial noun in the same clause ("profit rose" +,
 * "loss widened" -, "costs fell" +), and without a move word it compares the figures around
 * "compared to"/"from" ("margin was 8.3 %, compared to 11.8 %" -). Negators ("not", "no", "failed
 * to") flip the next three tokens; intensifiers ("sharply", "slightly") scale the adjacent term.
 */
export class FinanceWordListScorer implements SentimentScorer {
  readonly id = 'finance-word-list';
  private readonly positiveThreshold: number;
  private readonly negativeThreshold: number;

  constructor(options: FinanceWordListOptions = {}) {
    this.positiveThreshold = options.positiveThreshold ?? 0.75;
    this.negativeThreshold = options.negativeThreshold ?? 0.5;
  }

  score(text: string): SentimentScore {
    const raw = this.rawScore(text);
    const label: SentimentLabel = raw >= this.positiveThreshold ? 'positive' : raw <= -this.negativeThreshold ? 'negative' : 'neutral';
    const threshold = raw >= 0 ? this.positiveThreshold : this.negativeThreshold;
    const confidence = label === 'neutral' ? 0.5 + 0.4 * (1 - Math.min(1, Math.abs(raw) / threshold)) : Math.min(0.95, 0.55 + 0.15 * Math.abs(raw));
    return { label, score: Math.tanh(raw / 2), confidence };
  }

  /** Unbounded sum of the cues' signed weights (0 when the text has none). */
  rawScore(text: string): number {
    const tokens = tokenizeText(text);
    const clause = new Int32Array(tokens.length);
    for (let i = 1; i < tokens.length; i++) clause[i] = clause[i - 1] + (tokens[i - 1].kind === 'boundary' ? 1 : 0);
    const items = DICTIONARY.matchAll(tokens);
    const attached = new Set<LexiconItem>();
    const sameClause = (a: number, b: number) => clause[Math.min(a, tokens.length - 1)] === clause[Math.min(b, tokens.length - 1)];
    const modifier = (item: LexiconItem) => {
      let m = 1;
      for (const other of items) {
        if (other.entry.kind === 'negator' && other.end <= item.start && item.start - other.end < NEGATION_SCOPE && sameClause(other.start, item.start)) m = -m;
        if (other.entry.kind === 'intensifier' && ((other.end <= item.start && item.start - other.end <= 1) || (other.start >= item.end && other.start - item.end <= 1))) {
          m *= other.entry.weight;
        }
      }
      return m;
    };
    let raw = 0;

    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.entry.kind !== 'up' && item.entry.kind !== 'down') continue;
      const link = linkMetric(tokens, items, i, sameClause);
      const direction = item.entry.kind === 'up' ? 1 : -1;
      if (link) attached.add(link.metric);
      // A state ("slipped to a loss", "down from a profit") is as good or bad as the metric itself.
      const value = !link ? item.entry.weight : link.state ? link.metric.entry.weight : direction * link.metric.entry.weight;
      raw += value * modifier(item);
    }

    for (let i = 0; i < items.length; i++) {
      const comparator = items[i];
      if (comparator.entry.kind !== 'comparator') continue;
      raw += comparedFigures(tokens, items, i, attached, sameClause);
    }

    for (const item of items) {
      if (item.entry.kind === 'polar') raw += item.entry.weight * modifier(item);
      else if (item.entry.kind === 'metric' && item.entry.standalone !== 0 && !attached.has(item) && !afterComparator(items, item)) {
        raw += item.entry.standalone * modifier(item);
      }
    }
    return raw;
  }
}
