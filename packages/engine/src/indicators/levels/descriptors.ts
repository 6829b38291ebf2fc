import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import { PivotPoints, pivotPoints } from './pivot-points.js';
import { SwingPoints, swingPoints } from './swing-points.js';

/** Contract descriptors of the levels indicators. */
export const levelsDescriptors: readonly IndicatorDescriptor[] = [
  {
    id: 'PIVOTS',
    outputs: ['pivot', 'r1', 'r2', 'r3', 's1', 's2', 's3'],
    lookback: 1,
    batch: (bars) => pivotPoints(bars.high, bars.low, bars.close),
    createStreaming: () => new PivotPoints(),
  },
  {
    id: 'SWING_5',
    outputs: ['swingHigh', 'swingLow', 'swingHighAge', 'swingLowAge'],
    lookback: 10,
    // The first value waits for a confirmed swing high AND low, which depends on the data.
    dataDependentWarmUp: true,
    batch: (bars) => swingPoints(bars.high, bars.low, 5),
    createStreaming: () => new SwingPoints(5),
  },
];
