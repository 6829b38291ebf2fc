import { describe, expect, it } from 'vitest';
import type { EarningsReport } from '../market-inputs.js';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { earningsSurpriseAgent, epsSurprise } from './earnings-surprise-agent.js';
import { DAY, now, sentimentTestBars as bars } from './sentiment-agent.test-support.js';

const report = (daysAgo: number, epsActual: number, epsEstimate: number, revenue?: [number, number]): EarningsReport => ({
  time: now - daysAgo * DAY,
  epsActual,
  epsEstimate,
  ...(revenue ? { revenueActual: revenue[0], revenueEstimate: revenue[1] } : {}),
});

describe('epsSurprise', () => {
  it('divides the miss or beat by |estimate|, floored so tiny estimates do not explode', () => {
    expect(epsSurprise(report(0, 1.1, 1), 0.05)).toBeCloseTo(0.1, 12);
    expect(epsSurprise(report(0, -0.3, -0.2), 0.05)).toBeCloseTo(-0.5, 12);
    expect(epsSurprise(report(0, 0.03, 0.01), 0.05)).toBeCloseTo(0.4, 12);
  });
});

describe('earnings-surprise agent', () => {
  it('answers BUY on a 10 % beat confirmed by revenue, reported 3 days ago', () => {
    const v = expectVote(runAgent(earningsSurpriseAgent, bars, { earnings: [report(3, 1.1, 1, [105, 100])] }));
    expect(v.action).toBe('BUY');
    // Size 0.10 / (4 × 0.05) = 0.5 -> 0.65, faded by 0.5^(3/30).
    expect(v.confidence).toBeCloseTo(0.65 * 0.5 ** (3 / 30), 12);
    expect(v.reasoning).toBe(
      'EPS of 1.10 vs 1.00 expected (10.0%) and revenue 5.0% vs estimate, reported 3 days ago: a beat past ±5%, post-earnings drift BUY.',
    );
  });

  it('answers SELL on a 20 % miss and cuts confidence when revenue beat', () => {
    const v = expectVote(runAgent(earningsSurpriseAgent, bars, { earnings: [report(0, 0.8, 1, [102, 100])] }));
    expect(v.action).toBe('SELL');
    expect(v.confidence).toBeCloseTo(1 * 0.7, 12);
  });

  it('answers HOLD on an in-line report and reads only the latest one published', () => {
    const earnings = [report(80, 2, 1), report(5, 1.02, 1), report(-2, 0.1, 1)];
    expect(expectVote(runAgent(earningsSurpriseAgent, bars, { earnings }))).toMatchObject({ action: 'HOLD', confidence: 0.15 });
  });

  it('abstains without reports or when the latest is older than 90 days', () => {
    expect(abstentionReason(runAgent(earningsSurpriseAgent, bars))).toBe('no earnings reports for TEST');
    expect(abstentionReason(runAgent(earningsSurpriseAgent, bars, { earnings: [report(91, 2, 1)] }))).toBe('no earnings report for TEST in the last 90 days');
  });

  it('rejects unknown config keys and a half-life longer than the window, naming the field', () => {
    expect(earningsSurpriseAgent.configSchema.safeParse({ beat: 0.1 }).success).toBe(false);
    expect(earningsSurpriseAgent.configSchema.safeParse({ halfLifeDays: 100 }).error?.issues[0]?.path).toEqual(['halfLifeDays']);
  });
});
