import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import type { Bar } from '../../series/bar.js';
import type { SignalAction } from '../agent.js';
import { createDefaultAgentRegistry } from '../default-agent-registry.js';
import { expectDeterministic, expectNoBarLookAhead, expectWellFormed, randomBars } from '../risk/agent-properties.test-support.js';
import { abstentionReason, barsFromCloses, expectVote, runAgent, runAgentSeries } from '../risk/run-agent.test-support.js';
import type { ExternalVote } from './external-vote.js';
import { externalVoteAgent } from './external-vote-agent.js';
import { externalAgents } from './index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Daily bars, 2024-01-01 onwards; the analysis happens at the last one. */
const bars = barsFromCloses([100, 101, 102, 103, 104, 105]);
const barTime = (index: number): number => bars[index].time;

/** A vote arriving `hoursAfterOpen` after bar `index` opened, lasting 2 days (the server's 2 bars of 1d). */
function alert(index: number, hoursAfterOpen: number, action: SignalAction, extra: Partial<ExternalVote> = {}): ExternalVote {
  const time = barTime(index) + hoursAfterOpen * HOUR;
  return { time, expiresAt: time + 2 * DAY, action, confidence: 0.6, ...extra };
}

describe('tradingview agent', () => {
  it("votes the alert's action and confidence, naming the strategy, the price and how many bars ago it arrived", () => {
    const output = expectVote(runAgent(externalVoteAgent, bars, { externalVotes: [alert(4, -2, 'BUY', { price: 187.2, strategy: 'My Strategy', expiresAt: barTime(5) + 2 * DAY })] }));
    expect(output).toMatchObject({ action: 'BUY', confidence: 0.6, indicators: { alertConfidence: 0.6, barsAgo: 2, alertPrice: 187.2 } });
    // Two hours before bar 4 opened, i.e. during bar 3: bars 4 and 5 opened since.
    expect(output.reasoning).toBe("TradingView alert 'My Strategy' said BUY at 187.20 2 bars ago, confidence 0.60.");
  });

  it('says "on this bar" for an alert that arrived during the current bar, and leaves out what the alert did not send', () => {
    const output = expectVote(runAgent(externalVoteAgent, bars, { externalVotes: [alert(5, 20, 'SELL', { confidence: 0.8 })] }));
    expect(output).toMatchObject({ action: 'SELL', confidence: 0.8, indicators: { alertConfidence: 0.8, barsAgo: 0 } });
    expect(output.indicators).not.toHaveProperty('alertPrice');
    expect(output.reasoning).toBe('TradingView alert said SELL on this bar, confidence 0.80.');
  });

  it('votes HOLD for an exit alert', () => {
    expect(expectVote(runAgent(externalVoteAgent, bars, { externalVotes: [alert(5, 1, 'HOLD', { strategy: 'exit' })] })).action).toBe('HOLD');
  });

  it('counts an alert from the bar during which it arrived: at that bar close, not before', () => {
    const votes = [alert(3, 23.5, 'BUY')];
    const outputs = runAgentSeries(externalVoteAgent, bars, { externalVotes: votes });
    expect(abstentionReason(outputs[2])).toBe('no TradingView alert for TEST 1d has arrived yet');
    expect(outputs.slice(3).map((output) => (output.kind === 'vote' ? output.action : output.kind))).toEqual(['BUY', 'BUY', 'abstain']);
    // Expired 2 days after arriving: 23.5 h into bar 3 + 48 h is before bar 5 closes.
    expect(abstentionReason(outputs[5])).toBe('no unexpired TradingView alert for TEST 1d: the last one (BUY) arrived 2 bars ago and has expired');
  });

  it('takes the newest live alert: a newer one replaces an older one, and an expired newer one does not hide a live older one', () => {
    const older = alert(4, 1, 'BUY', { strategy: 'trend' });
    const newer = alert(5, 1, 'SELL', { strategy: 'reversal' });
    expect(expectVote(runAgent(externalVoteAgent, bars, { externalVotes: [newer, older] })).action).toBe('SELL');
    const expiredNewer = { ...newer, expiresAt: newer.time + HOUR };
    expect(expectVote(runAgent(externalVoteAgent, bars, { externalVotes: [older, expiredNewer] })).reasoning).toBe("TradingView alert 'trend' said BUY 1 bar ago, confidence 0.60.");
  });

  it('ignores alerts that arrived after the current bar closed and abstains without the input', () => {
    expect(abstentionReason(runAgent(externalVoteAgent, bars, { externalVotes: [alert(5, 25, 'BUY')] }))).toBe('no TradingView alert for TEST 1d has arrived yet');
    expect(abstentionReason(runAgent(externalVoteAgent, bars, { externalVotes: [] }))).toBe('no TradingView alert for TEST 1d has arrived yet');
    expect(abstentionReason(runAgent(externalVoteAgent, bars))).toBe('no TradingView alerts for TEST');
  });

  it('is registered as tradingview in the external category, with a config that parses from {} and refuses unknown keys', () => {
    expect(externalAgents.map((agent) => agent.id)).toEqual(['tradingview']);
    expect(createDefaultAgentRegistry().get('tradingview').category).toBe('external');
    expect(externalVoteAgent.configSchema.safeParse({}).success).toBe(true);
    expect(externalVoteAgent.configSchema.safeParse({ weight: 2 }).success).toBe(false);
  });
});

describe.each(externalAgents.map((definition) => [definition.id, definition] as const))('external agent %s (properties)', (_id, definition) => {
  const series = randomBars(80, 13);
  const random = createSeededRandom(7);
  const start = series[0].time - 3 * DAY;
  const span = series[series.length - 1].time + 3 * DAY - start;
  const actions: SignalAction[] = ['BUY', 'SELL', 'HOLD'];
  // Alerts all over the span (so at every bar some are still to come), lasting 2 bars as the server stores them.
  const externalVotes: ExternalVote[] = Array.from({ length: 40 }, () => {
    const time = start + random.next() * span;
    return { time, expiresAt: time + 2 * DAY, action: actions[Math.floor(3 * random.next())], confidence: random.next(), price: 100 * (0.5 + random.next()), strategy: 'random' };
  });
  /** The alerts known when bar `bar` closed. */
  const knownBy = (bar: Bar) => ({ externalVotes: externalVotes.filter((item) => item.time <= bar.time + DAY) });

  it('votes with confidence in [0, 1] and finite indicators, deterministically, and takes more than one view', () => {
    const outputs = expectDeterministic(definition, series, { externalVotes });
    expect(expectWellFormed(outputs)).toBeGreaterThan(20);
    expect(new Set(outputs.map((output) => (output.kind === 'vote' ? output.action : 'abstain'))).size).toBeGreaterThan(2);
  });

  it('gives the same output whether or not alerts that arrived after the bar closed are supplied', () => {
    expect(runAgentSeries(definition, series, { externalVotes })).toEqual(runAgentSeries(definition, series, knownBy));
  });

  it('ignores later bars', () => {
    expectNoBarLookAhead(definition, series, { externalVotes }, [20, 55]);
  });
});
