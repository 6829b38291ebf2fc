import { createRequire } from 'node:module';
import type { BarColumns } from '../../series/bar-series.js';
import type { TalibSpec } from './indicator-descriptor.js';

interface TalibResult {
  begIndex: number;
  nbElement: number;
  result: Record<string, number[]>;
}
interface TalibModule {
  execute(params: Record<string, unknown>): TalibResult;
}

const require = createRequire(import.meta.url);
// The native TA-Lib binding is CommonJS and test-only: it is the oracle our values must match.
const talib = require('talib') as TalibModule;

/** Runs the TA-Lib function named by `spec` and returns our outputs aligned to the input (NaN before begIndex). */
export function runTalib(spec: TalibSpec, bars: BarColumns): Record<string, Float64Array> {
  const n = bars.close.length;
  const params: Record<string, unknown> = {
    name: spec.name,
    startIdx: 0,
    endIdx: n - 1,
    open: Array.from(bars.open),
    high: Array.from(bars.high),
    low: Array.from(bars.low),
    close: Array.from(bars.close),
    volume: Array.from(bars.volume),
    inReal: Array.from(bars[spec.realInput ?? 'close']),
    ...spec.options,
  };
  const raw = talib.execute(params);
  if (!raw || !raw.result) throw new Error(`TA-Lib ${spec.name} failed: ${JSON.stringify(raw)}`);
  const aligned: Record<string, Float64Array> = {};
  for (const [ours, theirs] of Object.entries(spec.outputs)) {
    const values = raw.result[theirs];
    if (!values) throw new Error(`TA-Lib ${spec.name} has no output ${theirs}; it has ${Object.keys(raw.result).join(', ')}`);
    const column = new Float64Array(n).fill(NaN);
    for (let i = 0; i < raw.nbElement; i++) column[raw.begIndex + i] = values[i];
    aligned[ours] = column;
  }
  return aligned;
}
