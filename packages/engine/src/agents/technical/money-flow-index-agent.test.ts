import { describe, expect, it } from 'vitest';
import { moneyFlowIndex } from '../../indicators/volume/money-flow-index.js';
import { moneyFlowIndexAgent as agent } from './money-flow-index-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent, zigzag } from './technical-agent.test-support.js';

function mfiOf(closes: number[]): Float64Array {
  const columns = columnsOf(barsFromCloses(closes));
  return moneyFlowIndex(columns.high, columns.low, columns.close, columns.volume, 14);
}

describe('mfi agent', () => {
  it('answers BUY when MFI turns up from below 20', () => {
    // Fourteen down bars leave no positive money flow (MFI 0); one up bar brings in about 1/14 of the flow.
    const closes = [...line(130, -1, 30), 102];
    const mfi = mfiOf(closes);
    expect(mfi[29]).toBe(0);
    expect(mfi[30]).toBeCloseTo(6.79, 2);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.indicators['MFI(14)']).toBe(mfi[30]);
    expect(buy.confidence).toBeCloseTo(0.9, 12);
    expect(buy.reasoning).toBe(`MFI(14) is ${mfi[30].toFixed(1)}, below the oversold level 20, and turning up from 0.0: mean-reversion BUY.`);
  });

  it('answers SELL when MFI turns down from above 80', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...line(70, 1, 30), 98])), 'SELL');
    expect(sell.reasoning).toMatch(/^MFI\(14\) is 9\d\.\d, above the overbought level 80, and turning down from 100\.0: mean-reversion SELL\.$/);
  });

  it('answers HOLD while money keeps flowing out', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(line(130, -1, 30))), 'HOLD');
    expect(hold).toMatchObject({ confidence: 0.25, reasoning: 'MFI(14) is 0.0, oversold below 20 but still falling (from 0.0): HOLD until it turns.' });
  });

  it('answers HOLD with low confidence when flows balance', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 1, 30))), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.indicators['MFI(14)']).toBeCloseTo(mfiOf(zigzag(100, 1, 30))[29], 12);
  });

  it('abstains until MFI has two values', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 1, 16)));
    expect(outputs[14]).toEqual({ kind: 'abstain', reason: 'MFI(14) needs 16 bars of history and is still warming up' });
    expect(outputs[15].kind).toBe('vote');
  });

  it('rejects crossed levels and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { oversold: 85 }, 'oversold');
    expectConfigRejected(agent, { period: 1.5 }, 'period');
    expectConfigRejected(agent, { volume: true }, 'volume');
  });
});
