import { generateSignal, randomWalkBars } from '@goldensignals/engine';
import type { ScanSettings } from './scan-task.js';

/** Long enough for every agent to be past its warm-up (the longest needs 272 bars), so all of them vote. */
const WARM_UP_BARS = 300;

/**
 * Scans a made-up series, at most `rounds` times and only while `stop[0]` is 0, so that a worker that
 * has loaded the engine before there is anything to scan spends the wait compiling the engine's hot
 * paths instead of idling: its first real symbols then run at full speed. Nothing is kept (the engine
 * keeps no state between signals), so the outcomes of the scan do not change.
 */
export function warmUpScan(settings: ScanSettings, stop: Int32Array, rounds = 3): number {
  const series = randomWalkBars({ symbol: 'WARM-UP', length: WARM_UP_BARS, seed: 1 });
  let done = 0;
  for (; done < rounds && Atomics.load(stop, 0) === 0; done++) {
    // Cloned as posting it back would: that writes the signal's lazily written text, which is warmed up too.
    structuredClone(generateSignal(series, { learn: settings.learn, timeframe: '1d' }));
  }
  return done;
}
