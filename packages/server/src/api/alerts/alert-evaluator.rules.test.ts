import { randomWalkBars, type Bar } from '@goldensignals/engine';
import { afterEach, expect, it } from 'vitest';
import { barEvent, outcomeEvent, quoteEvent, signalEvent } from '../../bus/bus-events.js';
import { AlertRepository, type NewAlert } from '../../storage/repositories/alert-repository.js';
import { AlertTriggerRepository, type AlertTrigger } from '../../storage/repositories/alert-trigger-repository.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { AlertEvaluator } from '../../alerts/alert-evaluator.js';
import { ForegroundWork } from '../../support/foreground-work.js';
import { EvaluatorFixture } from './alert-evaluator.test-support.js';
import { lastTwoValues } from '../../alerts/indicator-values.js';

describeStorage('AlertEvaluator rules', (context) => {
  let fixture: EvaluatorFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  function start(foreground?: ForegroundWork): EvaluatorFixture {
    fixture = new EvaluatorFixture(context.database, {}, foreground);
    return fixture;
  }

  function rule(input: Omit<NewAlert, 'userId'>): ReturnType<AlertRepository['create']> {
    return new AlertRepository(context.database.db).create({ userId: null, channels: ['websocket'], ...input });
  }

  function triggersOf(alertId: string): Promise<AlertTrigger[]> {
    return new AlertTriggerRepository(context.database.db).listForAlert(alertId, 50);
  }

  async function quote(alerts: EvaluatorFixture, price: number, seconds: number): Promise<void> {
    const body = { symbol: 'AAPL', price, stale: false, time: new Date(Date.parse('2026-03-02T15:00:00.000Z') + seconds * 1000).toISOString() };
    await alerts.bus.publish(quoteEvent(body));
  }

  it('fires a price rule on each crossing of its level, not on every quote beyond it; the first quote only sets the baseline', async () => {
    const alerts = start();
    const above = await rule({ symbol: 'AAPL', kind: 'price_above', params: { price: 200 } });
    const below = await rule({ symbol: 'AAPL', kind: 'price_below', params: { price: 199 } });
    for (const [price, second] of [
      [201, 0], // baseline: no previous price, no crossing
      [199.5, 15],
      [200.5, 30], // crosses 200 upward
      [202, 45],
      [198, 60], // crosses 199 downward
      [201, 75], // crosses 200 upward again
      [200.8, 75], // same time as the last quote: not news
    ]) await quote(alerts, price, second);
    await alerts.evaluator.idle();

    // Fired at the same clock time: listed in key order here.
    expect((await triggersOf(above.id)).map((trigger) => [trigger.eventKey, trigger.subject]).sort()).toEqual([
      ['price:2026-03-02T15:00:30.000Z', 'AAPL crossed above 200.00 (rule: AAPL above 200)'],
      ['price:2026-03-02T15:01:15.000Z', 'AAPL crossed above 200.00 (rule: AAPL above 200)'],
    ]);
    expect((await triggersOf(below.id)).map((trigger) => trigger.eventKey)).toEqual(['price:2026-03-02T15:01:00.000Z']);
    expect(alerts.socketAlerts.map((alert) => alert.alert.eventType)).toEqual(['alert.price', 'alert.price', 'alert.price']);
  });

  it('evaluates nothing while signal generation runs on its thread, and catches up in order once it pauses', async () => {
    const foreground = new ForegroundWork({ settleMs: 5 });
    const alerts = start(foreground);
    const above = await rule({ symbol: 'AAPL', kind: 'price_above', params: { price: 200 } });
    let endGeneration = (): void => undefined;
    const generation = foreground.run(() => new Promise<void>((resolve) => (endGeneration = resolve)));
    await quote(alerts, 199, 0);
    await quote(alerts, 201, 15);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await triggersOf(above.id)).toEqual([]);
    endGeneration();
    await generation;
    await alerts.evaluator.idle();
    expect((await triggersOf(above.id)).map((trigger) => trigger.eventKey)).toEqual(['price:2026-03-02T15:00:15.000Z']);
  });

  it('records but does not send triggers in quiet hours or past the hourly limit', async () => {
    const alerts = start();
    // 15:00 UTC is 00:00 in Tokyo: inside 23:00-06:00 there.
    const quiet = await rule({ symbol: 'AAPL', kind: 'price_above', params: { price: 200 }, quietHours: { start: '23:00', end: '06:00', timeZone: 'Asia/Tokyo' } });
    const limited = await rule({ symbol: 'AAPL', kind: 'price_above', params: { price: 200 }, maxPerHour: 1 });
    for (const [price, second] of [
      [199, 0],
      [201, 10],
      [199, 20],
      [201, 30],
    ]) await quote(alerts, price, second);
    await alerts.evaluator.idle();

    expect((await triggersOf(quiet.id)).map((trigger) => trigger.status)).toEqual(['quiet_hours', 'quiet_hours']);
    const statuses = Object.fromEntries((await triggersOf(limited.id)).map((trigger) => [trigger.eventKey, trigger.status]));
    expect(statuses).toEqual({ 'price:2026-03-02T15:00:10.000Z': 'sent', 'price:2026-03-02T15:00:30.000Z': 'rate_limited' });
    expect(alerts.socketAlerts.map((alert) => alert.alert.alertId)).toEqual([limited.id]);
  });

  it('fires an indicator rule when the indicator, over the stored bars of its timeframe, crosses its level at a closed bar', async () => {
    const alerts = start();
    const series = randomWalkBars({ length: 200, seed: 5, symbol: 'AAPL', timeframe: '1h' });
    const bars: Bar[] = Array.from({ length: series.length }, (_, index) => series.bar(index));
    const { previous, current } = lastTwoValues('rsi', 14, bars);
    if (previous === null || current === null || previous === current) throw new Error('the test series must end with two different RSI values');
    const level = (previous + current) / 2;
    const kind = current > previous ? 'indicator_above' : 'indicator_below';
    const crossing = await rule({ symbol: 'AAPL', kind, params: { indicator: 'rsi', value: level, period: 14, timeframe: '1h' } });
    const otherTimeframe = await rule({ symbol: 'AAPL', kind, params: { indicator: 'rsi', value: level, period: 14, timeframe: '1d' } });
    const notCrossed = await rule({ symbol: 'AAPL', kind, params: { indicator: 'rsi', value: kind === 'indicator_above' ? Math.min(99, current + 1) : Math.max(1, current - 1), period: 14, timeframe: '1h' } });
    // The store holds every bar but the last one: the event brings it.
    await new BarRepository(context.database.db).upsert('AAPL', '1h', bars.slice(0, -1), { source: 'test' });
    const last = bars[bars.length - 1];
    await alerts.bus.publish(barEvent('AAPL', '1h', { symbol: 'AAPL', timeframe: '1h', ...last, time: new Date(last.time).toISOString(), simulated: true }));
    await alerts.evaluator.idle();

    const [trigger] = await triggersOf(crossing.id);
    expect(trigger).toMatchObject({ eventKey: `indicator:${new Date(last.time).toISOString()}`, eventType: 'alert.indicator' });
    expect(trigger.subject).toContain(`AAPL RSI(14) crossed ${kind === 'indicator_above' ? 'above' : 'below'}`);
    expect(await triggersOf(otherTimeframe.id)).toEqual([]);
    expect(await triggersOf(notCrossed.id)).toEqual([]);
    expect(alerts.errors).toEqual([]);
  });

  it('fires outcome rules on the outcomes they watch, once per signal and outcome', async () => {
    const alerts = start();
    const targets = await rule({ symbol: '*', kind: 'signal_outcome', params: { outcomes: ['target'] } });
    const stops = await rule({ symbol: 'AAPL', kind: 'signal_outcome', params: { outcomes: ['stop'] } });
    const signal = alerts.withoutVotes(await alerts.storedSignal());
    const closed = { ...signal, outcome: { result: 'target', at: '2026-03-03T15:00:00.000Z', price: 200, return: 0.042 } };
    await alerts.bus.publish(outcomeEvent(closed));
    await alerts.bus.publish(outcomeEvent(closed));
    await alerts.evaluator.idle();

    expect((await triggersOf(targets.id)).map((trigger) => [trigger.eventKey, trigger.eventType])).toEqual([[`outcome:${signal.id}:target`, 'alert.outcome']]);
    expect((await triggersOf(targets.id))[0].subject).toBe('AAPL BUY hit its target +4.2% (rule: signal outcomes on every symbol)');
    expect(await triggersOf(stops.id)).toEqual([]);
  });

  it("fires signal rules only when the named agents all voted the signal's action and enough agents agreed", async () => {
    const alerts = start();
    // The engine's votes, recast: three agents vote BUY, one SELL, the rest abstain.
    const base = (await alerts.storedSignal({ time: '2020-01-01T00:00:00.000Z' })).votes;
    const votes = base.map((vote, index) =>
      index < 3 ? { ...vote, action: 'BUY' as const, status: 'voted' as const } : index === 3 ? { ...vote, action: 'SELL' as const, status: 'voted' as const } : { ...vote, action: null, status: 'abstained' as const },
    );
    const signal = await alerts.storedSignal({ votes });
    const agreeing = votes.slice(0, 3).map((vote) => vote.agent);
    const against = votes[3];
    const together = await rule({ symbol: 'AAPL', kind: 'signal', params: { agents: agreeing.slice(0, 2), minAgreeingAgents: agreeing.length } });
    const withDissenter = await rule({ symbol: 'AAPL', kind: 'signal', params: { agents: [agreeing[0], against.agent] } });
    const tooFew = await rule({ symbol: 'AAPL', kind: 'signal', params: { minAgreeingAgents: agreeing.length + 1 } });
    await alerts.bus.publish(signalEvent(alerts.withoutVotes(signal)));
    await alerts.evaluator.idle();

    expect((await triggersOf(together.id)).map((trigger) => trigger.eventKey)).toEqual([`signal:${signal.id}`]);
    expect(await triggersOf(withDissenter.id)).toEqual([]);
    expect(await triggersOf(tooFew.id)).toEqual([]);
  });

  it('tells system rules when a provider goes down and comes back', async () => {
    const alerts = start();
    const both = await rule({ symbol: '*', kind: 'system' });
    const downOnly = await rule({ symbol: '*', kind: 'system', params: { events: ['provider_down'] } });
    alerts.circuits = [{ provider: 'yahoo', state: 'closed', failures: 0, openedAt: null }];
    alerts.evaluator.checkCircuits();
    alerts.circuits = [{ provider: 'yahoo', state: 'open', failures: 5, openedAt: alerts.clock - 2_000 }];
    alerts.evaluator.checkCircuits();
    await alerts.evaluator.idle();
    alerts.clock += 120_000;
    alerts.circuits = [{ provider: 'yahoo', state: 'closed', failures: 0, openedAt: null }];
    alerts.evaluator.checkCircuits();
    await alerts.evaluator.idle();

    expect((await triggersOf(both.id)).map((trigger) => trigger.subject)).toEqual([
      'Provider yahoo is back up (rule: market data providers)',
      'Provider yahoo is down (rule: market data providers)',
    ]);
    expect((await triggersOf(downOnly.id)).map((trigger) => trigger.eventKey)).toEqual(['system:provider_down:yahoo:2026-03-02T14:59:00.000Z']);
  });

  it('fires once when two API nodes evaluate the same event: one trigger, one socket alert', async () => {
    const alerts = start();
    const secondNode = new AlertEvaluator({ database: context.database, bus: alerts.bus, notifier: alerts.notifier, now: () => alerts.clock });
    secondNode.start();
    try {
      const each = await rule({ symbol: '*', kind: 'signal' });
      const signal = alerts.withoutVotes(await alerts.storedSignal());
      await alerts.bus.publish(signalEvent(signal));
      await Promise.all([alerts.evaluator.idle(), secondNode.idle()]);
      expect((await triggersOf(each.id)).map((trigger) => trigger.eventKey)).toEqual([`signal:${signal.id}`]);
      expect(alerts.socketAlerts).toHaveLength(1);
    } finally {
      await secondNode.stop();
    }
  });
});
