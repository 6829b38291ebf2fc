import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import type { ScoredText } from '../../sentiment/text-item.js';
import type { Bar } from '../../series/bar.js';
import type { AnalystRatingChange, EarningsReport, MarketInputs } from '../market-inputs.js';
import { expectDeterministic, expectNoBarLookAhead, expectWellFormed, randomBars } from '../risk/agent-properties.test-support.js';
import { runAgentSeries } from '../risk/run-agent.test-support.js';
import { sentimentAgents } from './index.js';

const HOUR = 3_600_000;
const bars = randomBars(80, 9);
const start = bars[0].time;
const end = bars[bars.length - 1].time + 24 * HOUR;
const random = createSeededRandom(42);
const at = () => start - 10 * 24 * HOUR + random.next() * (end - start + 10 * 24 * HOUR);
const polarity = () => 2 * random.next() - 1;

/** Texts spread over the whole test span (so at every bar some are still in the future), clustered in mood. */
function texts(n: number, withEngagement: boolean): ScoredText[] {
  return Array.from({ length: n }, () => {
    const time = at();
    const mood = Math.sin(time / (9 * 24 * HOUR));
    const score = Math.max(-1, Math.min(1, 0.8 * mood + 0.4 * polarity()));
    const item: ScoredText = {
      time,
      text: 'x',
      source: 'test',
      sentiment: { label: score > 0.2 ? 'positive' : score < -0.2 ? 'negative' : 'neutral', score, confidence: 0.5 + 0.5 * random.next() },
    };
    return withEngagement ? { ...item, engagement: Math.floor(1000 * random.next()) } : item;
  }).sort((a, b) => a.time - b.time);
}

const news = texts(300, false);
const social = texts(2000, true);
const earningsCalls = texts(120, false);
const actions: AnalystRatingChange['action'][] = ['upgrade', 'downgrade', 'initiate', 'reiterate'];
const analystRatings: AnalystRatingChange[] = Array.from({ length: 40 }, () => ({
  time: at(),
  firm: 'Broker',
  action: actions[Math.floor(4 * random.next())],
  rating: 1 + Math.floor(5 * random.next()),
  priceTarget: 80 + 40 * random.next(),
}));
const earnings: EarningsReport[] = Array.from({ length: 8 }, () => ({ time: at(), epsActual: 1 + 0.3 * polarity(), epsEstimate: 1, revenueActual: 100 + 10 * polarity(), revenueEstimate: 100 }));

/** Everything known at some point of the span, future items included: agents must filter by the bar time. */
function allInputs(bar: Bar, index: number): MarketInputs {
  const r = createSeededRandom(index);
  const advancers = Math.floor(500 * r.next());
  return {
    news,
    social,
    earningsCalls,
    analystRatings,
    earnings,
    breadth: { time: bar.time, advancers, decliners: 500 - advancers, unchanged: 20, newHighs: Math.floor(40 * r.next()), newLows: Math.floor(40 * r.next()) },
  };
}

/** The same inputs cut to what was published by the bar. */
function pastInputs(bar: Bar, index: number): MarketInputs {
  const inputs = allInputs(bar, index);
  const past = <T extends { readonly time: number }>(items: readonly T[] | undefined) => (items ?? []).filter((item) => item.time <= bar.time);
  return {
    ...inputs,
    news: past(inputs.news),
    social: past(inputs.social),
    earningsCalls: past(inputs.earningsCalls),
    analystRatings: past(inputs.analystRatings),
    earnings: past(inputs.earnings),
  };
}

describe.each(sentimentAgents.map((definition) => [definition.id, definition] as const))('sentiment agent %s (properties)', (_id, definition) => {
  it('votes with confidence in [0, 1] and finite indicators, deterministically, and takes more than one view', () => {
    const outputs = expectDeterministic(definition, bars, allInputs);
    expect(expectWellFormed(outputs)).toBeGreaterThan(20);
    expect(new Set(outputs.map((o) => (o.kind === 'vote' ? o.action : 'abstain'))).size).toBeGreaterThan(1);
  });

  it('gives the same output whether or not items dated after the bar are supplied', () => {
    expect(runAgentSeries(definition, bars, allInputs)).toEqual(runAgentSeries(definition, bars, pastInputs));
  });

  it('ignores later bars', () => {
    expectNoBarLookAhead(definition, bars, allInputs, [20, 55]);
  });
});

describe('sentimentAgents', () => {
  it('registers the six sentiment agents with default configs that parse from {}', () => {
    expect(sentimentAgents.map((a) => a.id)).toEqual(['news-sentiment', 'social-sentiment', 'analyst-ratings', 'earnings-surprise', 'market-breadth', 'earnings-call-sentiment']);
    for (const agent of sentimentAgents) {
      expect(agent.category).toBe('sentiment');
      expect(agent.configSchema.safeParse({}).success).toBe(true);
    }
  });
});
