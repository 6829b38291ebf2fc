/** How {@link SentimentFeatureExtractor} turns text into features; stored in the model file. */
export interface SentimentFeatureConfig {
  /** Hashed text features go to 2^hashBits buckets. */
  readonly hashBits: number;
  /** Tokens after a negator ("not", "failed to") that are marked as negated, within the clause. */
  readonly negationScope: number;
  /** Adjacent-token pairs besides single tokens. */
  readonly bigrams: boolean;
  /** A feature per finance-lexicon cue kind ("polar+", "up", "metric-") besides the phrase itself. */
  readonly lexiconCues: boolean;
  /** The finance word list's verdict (score and label) as dense features. */
  readonly wordListScore: boolean;
}

/** Number of dense word-list features placed after the hashed buckets. */
export const WORD_LIST_FEATURE_COUNT = 3;

/**
 * The configuration `goldensignals sentiment train` uses. In 5-fold cross-validation on the PhraseBank
 * training part the word-list features added about 2 points of accuracy; cues and word pairs made no
 * measurable difference there and stay for larger, more varied data. 2^16 buckets scored as well as
 * 2^18 and keep the weight table (768 KiB) in a core's cache, so scoring is faster; much larger
 * training sets may want more bits (`--hash-bits`).
 */
export const DEFAULT_SENTIMENT_FEATURE_CONFIG: SentimentFeatureConfig = {
  hashBits: 16,
  negationScope: 3,
  bigrams: true,
  lexiconCues: true,
  wordListScore: true,
};

/** Hash bits a model may use: below 8 nearly every feature collides, above 24 the weight table passes 200 MB. */
export const HASH_BITS_RANGE = { min: 8, max: 24 } as const;

/** Size of the feature space: the hashed buckets, then the dense features. */
export function featureDimension(config: SentimentFeatureConfig): number {
  return 2 ** config.hashBits + (config.wordListScore ? WORD_LIST_FEATURE_COUNT : 0);
}
