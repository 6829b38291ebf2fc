import type { BarCsvColumns } from './map-bar-columns.js';
import { delimiterName } from './read-csv-header.js';

/** One line saying which columns a bar file was read from, for a CLI or log: `time: date, open: open, …`. */
export function describeBarColumns(columns: BarCsvColumns): string {
  const fields = [
    `time: ${columns.time.name}`,
    `open: ${columns.open.name}`,
    `high: ${columns.high.name}`,
    `low: ${columns.low.name}`,
    `close: ${columns.close.name}`,
    `volume: ${columns.volume?.name ?? '(none)'}`,
    `symbol: ${columns.symbol?.name ?? '(none: single symbol)'}`,
  ];
  return `${fields.join(', ')} (${delimiterName(columns.delimiter)}-separated, header on line ${columns.headerRow})`;
}
