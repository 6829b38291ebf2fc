import { allIndicatorDescriptors, type BarSeries, type IndicatorDescriptor } from '@goldensignals/engine';
import { INDICATOR_COLUMNS } from './indicator-columns.js';

/** Prints a number so it reads back to the same double; warm-up (NaN) prints as an empty cell. */
function formatValue(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/**
 * The indicators table as CSV text chunks: `Date` (the input's own time text) then every contract column.
 * Chunked so a million-row file never becomes one giant string.
 */
export function* indicatorsCsv(series: BarSeries, labels: readonly string[], rowsPerChunk = 4096): Generator<string> {
  const byId = new Map<string, IndicatorDescriptor>(allIndicatorDescriptors.map((d) => [d.id, d]));
  const computed = new Map<string, Readonly<Record<string, Float64Array>>>();
  const columns = INDICATOR_COLUMNS.map(({ column, descriptor, output }) => {
    const found = byId.get(descriptor);
    if (!found) throw new Error(`indicator ${descriptor} (column ${column}) is not registered`);
    let outputs = computed.get(descriptor);
    if (!outputs) {
      outputs = found.batch(series);
      computed.set(descriptor, outputs);
    }
    const values = outputs[output];
    if (!values) throw new Error(`indicator ${descriptor} has no output ${output}`);
    return values;
  });
  yield `Date,${INDICATOR_COLUMNS.map((c) => c.column).join(',')}\n`;
  let chunk = '';
  for (let i = 0; i < series.length; i++) {
    let line = labels[i].includes(',') ? `"${labels[i]}"` : labels[i];
    for (const values of columns) line += `,${formatValue(values[i])}`;
    chunk += `${line}\n`;
    if ((i + 1) % rowsPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
