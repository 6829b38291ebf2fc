import { SENTIMENT_LABELS, type SentimentEvaluation } from '@goldensignals/engine';

const fixed = (value: number, digits = 3) => value.toFixed(digits);

/** Sentences per second from the mean latency (rounded to whole sentences). */
export function sentencesPerSecond(evaluation: SentimentEvaluation): number {
  return evaluation.microsecondsPerSentence > 0 ? Math.round(1e6 / evaluation.microsecondsPerSentence) : 0;
}

/** The evaluation as a readable report: headline figures, per-label table, confusion matrix, latency. */
export function formatSentimentEvaluation(evaluation: SentimentEvaluation): string {
  const width = 10;
  const cell = (text: string | number) => String(text).padStart(width);
  const lines = [
    `sentences  ${evaluation.count}`,
    `accuracy   ${fixed(evaluation.accuracy)}`,
    `macro-F1   ${fixed(evaluation.macroF1)}`,
    '',
    `${''.padEnd(width)}${cell('precision')}${cell('recall')}${cell('F1')}${cell('support')}`,
    ...SENTIMENT_LABELS.map((label) => {
      const m = evaluation.perLabel[label];
      return `${label.padEnd(width)}${cell(fixed(m.precision))}${cell(fixed(m.recall))}${cell(fixed(m.f1))}${cell(m.support)}`;
    }),
    '',
    'confusion matrix (rows = true label, columns = predicted)',
    `${''.padEnd(width)}${SENTIMENT_LABELS.map(cell).join('')}`,
    ...SENTIMENT_LABELS.map((label, t) => `${label.padEnd(width)}${evaluation.confusion[t].map(cell).join('')}`),
    '',
    `latency    ${evaluation.microsecondsPerSentence.toFixed(1)} µs per sentence (${sentencesPerSecond(evaluation).toLocaleString('en-US')} sentences/s, one thread)`,
  ];
  return lines.join('\n');
}
