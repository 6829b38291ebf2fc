import type { StreamingIndicator } from '../../indicators/indicator.js';
import type { Bar } from '../../series/bar.js';

/** Adapts an indicator over numbers into one over bars, fed with each bar's volume. */
export function onVolume<T>(indicator: StreamingIndicator<number, T>): StreamingIndicator<Bar, T> {
  return {
    get lookback() {
      return indicator.lookback;
    },
    get value() {
      return indicator.value;
    },
    update: (bar: Bar) => indicator.update(bar.volume),
    reset: () => indicator.reset(),
  };
}
