import { describe, expect, it } from 'vitest';
import { ichimokuCloud } from '../../indicators/trend/ichimoku-cloud.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { ichimokuCloudAgent as agent } from './ichimoku-cloud-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

describe('ichimoku agent', () => {
  it('answers BUY above a green cloud with Tenkan over Kijun', () => {
    const bars = barsFromCloses(line(100, 0.5, 100));
    const columns = columnsOf(bars);
    const cloud = ichimokuCloud(columns.high, columns.low, columns.close);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.indicators.cloudTop).toBe(Math.max(cloud.cloudA[99], cloud.cloudB[99]));
    expect(buy.indicators.conversion).toBe(cloud.conversion[99]);
    // 0.45 for the trend, 0.15 for the green cloud ahead; no fresh TK cross.
    expect(buy.confidence).toBeCloseTo(0.6, 12);
    expect(buy.reasoning).toBe(
      `Price above the cloud with Tenkan over Kijun: close 149.50, cloud ${Math.min(cloud.cloudA[99], cloud.cloudB[99]).toFixed(2)}-${Math.max(cloud.cloudA[99], cloud.cloudB[99]).toFixed(2)}, Tenkan ${cloud.conversion[99].toFixed(2)} vs Kijun ${cloud.base[99].toFixed(2)}, cloud ahead green: BUY.`,
    );
  });

  it('answers SELL below a red cloud with Tenkan under Kijun', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses(line(150, -0.5, 100))), 'SELL');
    expect(sell.confidence).toBeCloseTo(0.6, 12);
    expect(sell.reasoning).toMatch(/cloud ahead red: SELL\.$/);
  });

  it('adds weight on the bar of a fresh Tenkan/Kijun cross', () => {
    const bars = randomWalkBars({ length: 600, seed: 3 });
    const cloud = ichimokuCloud(bars.high, bars.low, bars.close);
    const outputs = runAgent(agent, bars);
    const fresh = outputs.findIndex((o) => o.kind === 'vote' && o.reasoning.includes('fresh TK cross'));
    expect(fresh).toBeGreaterThan(0);
    const output = outputs[fresh];
    if (output.kind !== 'vote') throw new Error('expected a vote');
    // The batch lines confirm the cross: Tenkan changed sides of Kijun on this very bar, in the vote's direction.
    const side = Math.sign(cloud.conversion[fresh] - cloud.base[fresh]);
    expect(side).toBe(output.action === 'BUY' ? 1 : -1);
    expect(Math.sign(cloud.conversion[fresh - 1] - cloud.base[fresh - 1])).not.toBe(side);
    expect(output.confidence).toBeGreaterThanOrEqual(0.65);
  });

  it('answers HOLD inside the cloud', () => {
    // A rise, then a close dropped to the middle of the cloud drawn at that bar.
    const rise = line(100, 0.5, 100);
    const probe = columnsOf(barsFromCloses([...rise, 0]));
    const cloud = ichimokuCloud(probe.high, probe.low, probe.close);
    const middle = (cloud.cloudA[100] + cloud.cloudB[100]) / 2;
    const hold = expectVote(lastOutput(agent, barsFromCloses([...rise, middle])), 'HOLD');
    expect(hold.confidence).toBe(0.3);
    expect(hold.reasoning).toMatch(/^Price inside the cloud, no trend: close \d+\.\d\d/);
  });

  it('abstains until the cloud drawn at the bar exists (lookback 77 + 2 bars)', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 0.5, 79)));
    expect(outputs[77]).toEqual({ kind: 'abstain', reason: 'ICHIMOKU(9,26,52) needs 79 bars of history and is still warming up' });
    expect(outputs[78].kind).toBe('vote');
  });

  it('rejects periods out of order and unknown keys', () => {
    expectConfigRejected(agent, { basePeriod: 60 }, 'basePeriod');
    expectConfigRejected(agent, { displacement: 26 }, 'displacement');
  });
});
