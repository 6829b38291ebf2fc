import type { SentimentScorer } from '../text-item.js';
import { SENTIMENT_LABELS, type LabelledSentence } from './labelled-sentence.js';
import { sentimentMetrics, type SentimentMetrics } from './sentiment-metrics.js';

/** A scorer's quality on labelled sentences and how long it took per sentence. */
export interface SentimentEvaluation extends SentimentMetrics {
  readonly scorer: string;
  /** Mean wall time of `score` per sentence, µs (one timed pass after a short warm-up, divided by the count). */
  readonly microsecondsPerSentence: number;
}

/** Sentences scored untimed before the timed pass, so the latency is that of optimised code, not of the JIT warming up. */
const WARM_UP_SENTENCES = 200;

/**
 * Scores every sentence with `scorer` and compares with its label. `clockMs` times the pass: pass
 * `performance.now` where it exists for sub-millisecond resolution (the engine has no timer of its own).
 */
export function evaluateSentimentScorer(
  scorer: SentimentScorer,
  sentences: readonly LabelledSentence[],
  clockMs: () => number = Date.now,
): SentimentEvaluation {
  if (sentences.length === 0) throw new RangeError('there are no sentences to evaluate');
  const predicted = new Int8Array(sentences.length);
  for (let i = 0; i < Math.min(WARM_UP_SENTENCES, sentences.length); i++) scorer.score(sentences[i].text);
  const started = clockMs();
  for (let i = 0; i < sentences.length; i++) predicted[i] = SENTIMENT_LABELS.indexOf(scorer.score(sentences[i].text).label);
  const elapsedMs = clockMs() - started;
  const confusion = SENTIMENT_LABELS.map(() => SENTIMENT_LABELS.map(() => 0));
  sentences.forEach((sentence, i) => confusion[SENTIMENT_LABELS.indexOf(sentence.label)][predicted[i]]++);
  return { scorer: scorer.id, ...sentimentMetrics(confusion), microsecondsPerSentence: (elapsedMs * 1000) / sentences.length };
}
