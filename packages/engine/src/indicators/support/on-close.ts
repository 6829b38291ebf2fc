import type { Bar } from '../../series/bar.js';
import type { StreamingIndicator } from '../indicator.js';

/** Adapts an indicator over numbers into one over bars, fed with each bar's close. */
export function onClose<T>(indicator: StreamingIndicator<number, T>): StreamingIndicator<Bar, T> {
  return {
    get lookback() {
      return indicator.lookback;
    },
    get value() {
      return indicator.value;
    },
    update: (bar: Bar) => indicator.update(bar.close),
    reset: () => indicator.reset(),
  };
}
