import type { SentimentScore } from '@goldensignals/engine';

const LABELS: ReadonlySet<string> = new Set(['positive', 'negative', 'neutral']);

function problemOf(score: SentimentScore | undefined): string | null {
  if (typeof score !== 'object' || score === null) return 'no score';
  if (!LABELS.has(score.label)) return `label "${String(score.label)}" is not positive, negative or neutral`;
  if (!(Number.isFinite(score.score) && score.score >= -1 && score.score <= 1)) return `score ${score.score} is outside -1..1`;
  if (!(Number.isFinite(score.confidence) && score.confidence >= 0 && score.confidence <= 1)) return `confidence ${score.confidence} is outside 0..1`;
  return null;
}

/**
 * The scores a scorer gave for `texts`, after checking there is one valid score per text; otherwise an
 * Error naming the scorer, the text and the problem (nothing half-scored is stored).
 */
export function checkSentimentScores(scorerId: string, texts: readonly string[], scores: readonly SentimentScore[]): readonly SentimentScore[] {
  if (!Array.isArray(scores) || scores.length !== texts.length) {
    throw new Error(`sentiment scorer "${scorerId}" returned ${Array.isArray(scores) ? scores.length : 'no list of'} scores for ${texts.length} texts`);
  }
  scores.forEach((score, i) => {
    const problem = problemOf(score);
    if (problem !== null) throw new Error(`sentiment scorer "${scorerId}" gave an invalid score for "${texts[i].slice(0, 80)}": ${problem}`);
  });
  return scores;
}
