import type { Bar } from '@goldensignals/engine';
import type { BarRequest } from '../../bar-request.js';
import type { ProviderError } from '../../provider-error.js';

function iso(time: number): string {
  return new Date(time).toISOString();
}

function sameBar(a: Bar, b: Bar): boolean {
  return a.open === b.open && a.high === b.high && a.low === b.low && a.close === b.close && a.volume === b.volume;
}

/** Why `bar` is not a valid OHLCV bar, or undefined when it is. */
export function barProblem(bar: Bar): string | undefined {
  const { open, high, low, close, volume } = bar;
  for (const [name, value] of [['open', open], ['high', high], ['low', low], ['close', close], ['volume', volume]] as const) {
    if (!Number.isFinite(value)) return `${name} is ${value}, expected a finite number`;
  }
  if (high < Math.max(open, close)) return `high ${high} is below max(open ${open}, close ${close})`;
  if (low > Math.min(open, close)) return `low ${low} is above min(open ${open}, close ${close})`;
  if (volume < 0) return `volume ${volume} is negative`;
  return undefined;
}

/**
 * The bars of a source's answer as the provider contract wants them: only those starting in
 * [`from`, `to`), ascending, without duplicates. A repeated bar with identical values (pages that
 * overlap) is dropped; two different bars at one time, or a bar that breaks OHLC rules (non-finite,
 * high below open/close, low above open/close, negative volume), throw the error `fail` builds,
 * naming the symbol and the bar time — a broken bar is never silently dropped or repaired.
 */
export function finishBars(bars: readonly Bar[], request: BarRequest, fail: (problem: string) => ProviderError): Bar[] {
  const inRange = bars.filter((bar) => bar.time >= request.from && bar.time < request.to);
  inRange.sort((a, b) => a.time - b.time);
  const finished: Bar[] = [];
  for (const bar of inRange) {
    const previous = finished.at(-1);
    if (previous !== undefined && previous.time === bar.time) {
      if (sameBar(previous, bar)) continue;
      throw fail(`two different ${request.timeframe} bars of ${request.symbol} at ${iso(bar.time)}`);
    }
    const problem = barProblem(bar);
    if (problem !== undefined) throw fail(`the ${request.timeframe} bar of ${request.symbol} at ${iso(bar.time)} is invalid: ${problem}`);
    finished.push(bar);
  }
  return finished;
}
