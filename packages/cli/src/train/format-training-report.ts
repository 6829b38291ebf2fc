import type { ModelFile } from '@goldensignals/engine';
import type { TrainingOutcome } from './run-training.js';

const percent = (share: number): string => (Number.isFinite(share) ? (100 * share).toFixed(2) : 'n/a');
const fixed = (value: number): string => (Number.isFinite(value) ? value.toFixed(4) : 'n/a');

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
}

/** The per-model out-of-sample table: hit rate against the majority baselines, log-loss, Brier, predictions; then the files. */
export function formatTrainingReport(outcome: TrainingOutcome, paths: readonly string[]): string {
  const header = ['model', 'OOS hit rate [%]', 'majority [%]', 'train-majority [%]', 'log-loss', 'base-rate log-loss', 'Brier', 'OOS predictions'];
  const rows = outcome.files.map((file: ModelFile) => {
    const m = file.metrics;
    return [file.kind, percent(m.accuracy), percent(m.majorityBaseline), percent(m.trainMajorityBaseline), fixed(m.logLoss), fixed(m.baseRateLogLoss), fixed(m.brier), String(m.predictions)];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((r) => r[i].length)));
  const first = outcome.files[0];
  const range = first ? `${first.trainedRange.from.slice(0, 10)} to ${first.trainedRange.labelEnd.slice(0, 10)}` : '';
  return [
    `Walk-forward out of sample: ${outcome.symbols} symbol(s) pooled, ${outcome.rows} bars with features, ${outcome.timeframe}, horizon ${first?.horizon ?? '?'} bars, ${first?.folds.length ?? 0} test windows; final models trained on ${range}.`,
    'majority: always calling the class most common in the predicted bars (hindsight); train-majority: the class most common in each window\'s training bars.',
    '',
    row(header, widths),
    ...rows.map((r) => row(r, widths)),
    '',
    ...paths.map((path) => `wrote ${path}`),
  ].join('\n');
}
