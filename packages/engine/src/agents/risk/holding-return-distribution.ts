import type { StreamingIndicator } from '../../indicators/indicator.js';
import { assertPeriod } from '../../indicators/support/assert-period.js';
import type { Bar } from '../../series/bar.js';
import { defineFeature, type FeaturePlan, type FeatureRequest } from '../feature-request.js';
import { returnDistributionField, returnDistributionNode, returnDistributionReady } from '../features/program/return-distribution-op.js';

/** Win/loss statistics of a naive long held `horizon` bars, entered on each bar of the window. */
export interface HoldingReturnDistributionValue {
  /** Returns counted (zero returns are neither wins nor losses and are left out). */
  readonly count: number;
  /** Share of positive returns among the counted ones. */
  readonly winRate: number;
  /** Mean positive return (0 without wins). */
  readonly averageWin: number;
  /** Mean size of the negative returns as a positive number (0 without losses). */
  readonly averageLoss: number;
  /** Mean of all returns of the window, zeros included. */
  readonly meanReturn: number;
}

/**
 * Distribution of the overlapping `horizon`-bar simple returns close(t)/close(t-horizon) - 1 over
 * the last `window` bars, from running sums (O(1) per bar; rebuilt every `window` bars against drift).
 */
export class HoldingReturnDistribution implements StreamingIndicator<Bar, HoldingReturnDistributionValue> {
  readonly lookback: number;
  value: HoldingReturnDistributionValue | null = null;
  private readonly horizon: number;
  private readonly window: number;
  private readonly closes: Float64Array;
  private readonly returns: Float64Array;
  private closeSlot = 0;
  private closeCount = 0;
  private returnSlot = 0;
  private returnCount = 0;
  private wins = 0;
  private losses = 0;
  private winSum = 0;
  private lossSum = 0;
  private sinceRebuild = 0;

  constructor(horizon: number, window: number) {
    assertPeriod('horizon', horizon);
    assertPeriod('window', window, 2);
    this.horizon = horizon;
    this.window = window;
    this.lookback = horizon + window - 1;
    this.closes = new Float64Array(horizon + 1);
    this.returns = new Float64Array(window);
  }

  update(bar: Bar): HoldingReturnDistributionValue | null {
    const close = bar.close;
    if (!(close > 0)) return this.value;
    const size = this.horizon + 1;
    this.closes[this.closeSlot] = close;
    this.closeSlot = this.closeSlot + 1 === size ? 0 : this.closeSlot + 1;
    if (this.closeCount < size) this.closeCount++;
    if (this.closeCount < size) return null;
    // After the increment `closeSlot` points at the close `horizon` bars ago.
    const r = close / this.closes[this.closeSlot] - 1;
    if (this.returnCount === this.window) this.remove(this.returns[this.returnSlot]);
    else this.returnCount++;
    this.returns[this.returnSlot] = r;
    this.returnSlot = this.returnSlot + 1 === this.window ? 0 : this.returnSlot + 1;
    this.add(r);
    if (++this.sinceRebuild >= this.window) this.rebuild();
    if (this.returnCount < this.window) return null;
    const counted = this.wins + this.losses;
    this.value = {
      count: counted,
      winRate: counted > 0 ? this.wins / counted : 0,
      averageWin: this.wins > 0 ? this.winSum / this.wins : 0,
      averageLoss: this.losses > 0 ? this.lossSum / this.losses : 0,
      meanReturn: (this.winSum - this.lossSum) / this.window,
    };
    return this.value;
  }

  reset(): void {
    this.value = null;
    this.closeSlot = 0;
    this.closeCount = 0;
    this.returnSlot = 0;
    this.returnCount = 0;
    this.wins = 0;
    this.losses = 0;
    this.winSum = 0;
    this.lossSum = 0;
    this.sinceRebuild = 0;
  }

  private add(r: number): void {
    if (r > 0) {
      this.wins++;
      this.winSum += r;
    } else if (r < 0) {
      this.losses++;
      this.lossSum -= r;
    }
  }

  private remove(r: number): void {
    if (r > 0) {
      this.wins--;
      this.winSum -= r;
    } else if (r < 0) {
      this.losses--;
      this.lossSum += r;
    }
  }

  private rebuild(): void {
    this.wins = 0;
    this.losses = 0;
    this.winSum = 0;
    this.lossSum = 0;
    for (let i = 0; i < this.returnCount; i++) this.add(this.returns[i]);
    this.sinceRebuild = 0;
  }
}

/** The feature program's RETDIST: the running sums per bar, the statistics built only when an agent reads them. */
function holdingReturnDistributionPlan(horizon: number, window: number): FeaturePlan<HoldingReturnDistributionValue> {
  return (builder, history) => {
    if (history > 1) return null;
    const node = returnDistributionNode(builder, horizon, window);
    return (s) => {
      if (!returnDistributionReady(s, node.base)) return null;
      const wins = returnDistributionField(s, node.base, 0);
      const losses = returnDistributionField(s, node.base, 1);
      const winSum = returnDistributionField(s, node.base, 2);
      const lossSum = returnDistributionField(s, node.base, 3);
      const counted = wins + losses;
      return {
        count: counted,
        winRate: counted > 0 ? wins / counted : 0,
        averageWin: wins > 0 ? winSum / wins : 0,
        averageLoss: losses > 0 ? lossSum / losses : 0,
        meanReturn: (winSum - lossSum) / window,
      };
    };
  };
}

/** Feature `RETDIST(horizon,window)`. */
export function holdingReturnDistributionFeature(horizon: number, window: number): FeatureRequest<HoldingReturnDistributionValue> {
  return defineFeature(`RETDIST(${horizon},${window})`, () => new HoldingReturnDistribution(horizon, window), 1, holdingReturnDistributionPlan(horizon, window));
}
