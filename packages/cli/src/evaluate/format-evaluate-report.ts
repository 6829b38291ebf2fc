import type { EvaluateReport } from './evaluate-report.js';
import { formatCalibrationTable, formatEvaluateTable } from './format-evaluate-table.js';

/** The readable report: what was measured and how, the table, the verdict, and the consensus' calibration. */
export function formatEvaluateReport(report: EvaluateReport): string {
  const o = report.scorecard.overall;
  const lines = [
    `Out-of-sample evaluation: ${report.symbols} symbols, ${report.testBars} test bars (${report.split}).`,
    `Aggregation: ${report.method}.`,
    '',
    formatEvaluateTable(report.strategies, report.symbols),
    '',
    ...report.verdict,
    '',
    `Scorecard of the consensus' test-period signals: ${o.signals} followed (${o.targets} target, ${o.stops} stop, ${o.expired} expired; ` +
      `${report.scorecard.unresolved} still open at the end), hit rate ${(100 * o.hitRate).toFixed(1)} %, mean R ${o.meanR.toFixed(2)}.`,
    'Calibration (hit rate: right / (right + wrong) against the move beyond the accuracy dead-band):',
    formatCalibrationTable(report.scorecard.calibration),
  ];
  if (report.failed.length > 0) lines.push('', `Not evaluated (${report.failed.length}): ${report.failed.map((f) => `${f.symbol} (${f.error})`).join('; ')}`);
  return lines.join('\n');
}
