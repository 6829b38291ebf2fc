/** Sentiment label of a piece of text. */
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

/** A scorer's verdict on one text. */
export interface SentimentScore {
  readonly label: SentimentLabel;
  /** Polarity from -1 (very negative) to +1 (very positive). */
  readonly score: number;
  /** How sure the scorer is, 0..1. */
  readonly confidence: number;
}

/** A news headline, social post or transcript excerpt tied to a symbol, already scored by the data layer. */
export interface ScoredText {
  /** Publication time, epoch ms UTC. */
  readonly time: number;
  readonly text: string;
  readonly source: string;
  readonly sentiment: SentimentScore;
  /** Reach of a social post (likes, reposts); absent for news. */
  readonly engagement?: number;
}

/** Turns text into a sentiment score. Backends: finance word list (always available), trained model, transformer. */
export interface SentimentScorer {
  readonly id: string;
  score(text: string): SentimentScore;
}

/** A raw news headline, social post or transcript excerpt, before scoring. */
export interface TextItem {
  /** Publication time, epoch ms UTC. */
  readonly time: number;
  readonly text: string;
  readonly source: string;
  /** Reach of a social post (likes, reposts); absent for news. */
  readonly engagement?: number;
}
