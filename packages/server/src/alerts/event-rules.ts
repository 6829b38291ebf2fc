import { TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { AlertRepository, type Alert } from '../storage/repositories/alert-repository.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import { conditionOf, type AlertCondition, type IndicatorCondition } from './alert-condition.js';
import type { AlertSignal, ClosedBar, PriceObservation } from './alert-event-data.js';
import type { AlertFiring } from './alert-firing.js';
import { indicatorAlertMessage, outcomeAlertMessage, priceAlertMessage, signalAlertMessage, systemAlertMessage, type ProviderChange } from './alert-messages.js';
import { crossed } from './crossing.js';
import { indicatorHistoryBars, lastTwoValues } from './indicator-values.js';
import { LastPrices } from './last-prices.js';
import { indicatorName } from './rule-label.js';
import { needsVotes, signalPassesFilters, votesAgree, type RuleVote } from './signal-filter.js';

const MINUTE_MS = 60_000;

/** The rules of `kinds` among `rules`, each with its typed condition (rules whose params no longer parse are skipped). */
function withConditions<K extends AlertCondition['kind']>(rules: readonly Alert[], kinds: readonly K[]): { rule: Alert; condition: Extract<AlertCondition, { kind: K }> }[] {
  const matched: { rule: Alert; condition: Extract<AlertCondition, { kind: K }> }[] = [];
  for (const rule of rules) {
    const condition = conditionOf(rule);
    if (condition !== null && (kinds as readonly string[]).includes(condition.kind)) matched.push({ rule, condition: condition as Extract<AlertCondition, { kind: K }> });
  }
  return matched;
}

/**
 * Finds the rules an event meets. Stateless but for the last price of each symbol (crossings compare the new price
 * with it); indicators are computed afresh from the stored bars at each closed bar, so every node agrees.
 */
export class EventRules {
  private readonly alerts: AlertRepository;
  private readonly signals: SignalRepository;
  private readonly bars: BarRepository;
  private readonly lastPrices = new LastPrices();

  constructor(database: Database) {
    this.alerts = new AlertRepository(database.db);
    this.signals = new SignalRepository(database.db);
    this.bars = new BarRepository(database.db);
  }

  /** Signal rules a new signal passes, its votes read only when a rule filters on agents. */
  async ofSignal(signal: AlertSignal): Promise<AlertFiring[]> {
    const candidates = withConditions(await this.alerts.activeRules(signal.symbol, ['signal']), ['signal']).filter(({ condition }) => signalPassesFilters(condition, signal));
    let votes: readonly RuleVote[] | undefined;
    const firings: AlertFiring[] = [];
    for (const { rule, condition } of candidates) {
      if (needsVotes(condition)) {
        votes ??= (await this.signals.byId(signal.id))?.votes ?? [];
        if (!votesAgree(condition, signal.action, votes)) continue;
      }
      firings.push({ rule, condition, eventKey: `signal:${signal.id}`, message: (context) => signalAlertMessage(signal, context) });
    }
    return firings;
  }

  /** Outcome rules a signal the scorecard closed meets. */
  async ofOutcome(signal: AlertSignal): Promise<AlertFiring[]> {
    const outcome = signal.outcome;
    if (outcome === null) return [];
    return withConditions(await this.alerts.activeRules(signal.symbol, ['signal_outcome']), ['signal_outcome'])
      .filter(({ condition }) => (condition.outcomes as readonly string[]).includes(outcome.result))
      .map(({ rule, condition }) => ({ rule, condition, eventKey: `outcome:${signal.id}:${outcome.result}`, message: (context) => outcomeAlertMessage(signal, context) }));
  }

  /** Price rules whose level lies between the symbol's previous price and this one; the first price only sets the baseline. */
  async ofPrice(observation: PriceObservation): Promise<AlertFiring[]> {
    const previous = this.lastPrices.observe(observation);
    if (previous === undefined || previous === null || previous.price === observation.price) return [];
    const rules = withConditions(await this.alerts.activeRules(observation.symbol, ['price_above', 'price_below']), ['price_above', 'price_below']);
    const eventKey = `price:${new Date(observation.time).toISOString()}`;
    return rules.flatMap(({ rule, condition }) => {
      const direction = condition.kind === 'price_above' ? 'above' : 'below';
      if (!crossed(direction, previous.price, observation.price, condition.price)) return [];
      const crossing = { symbol: observation.symbol, direction, level: condition.price, previous: previous.price, current: observation.price, time: observation.time } as const;
      return [{ rule, condition, eventKey, message: (context) => priceAlertMessage(crossing, context) }];
    });
  }

  /** The closing price of a bar as a price observation (at its close, or now if that is earlier: a daily bar published before midnight UTC). */
  priceOfBar(closed: ClosedBar, now: number): PriceObservation {
    return { symbol: closed.symbol, price: closed.bar.close, time: Math.min(closed.bar.time + TIMEFRAME_MS[closed.timeframe], now) };
  }

  /** Indicator rules on the bar's timeframe whose indicator crossed its level between the previous bar and this one. */
  async ofBar(closed: ClosedBar): Promise<AlertFiring[]> {
    const rules = withConditions(await this.alerts.activeRules(closed.symbol, ['indicator_above', 'indicator_below']), ['indicator_above', 'indicator_below']).filter(
      ({ condition }) => condition.timeframe === closed.timeframe,
    );
    if (rules.length === 0) return [];
    const history = await this.history(closed, Math.max(...rules.map(({ condition }) => indicatorHistoryBars(condition.period))));
    const values = new Map<string, ReturnType<typeof lastTwoValues>>();
    const eventKey = `indicator:${new Date(closed.bar.time).toISOString()}`;
    return rules.flatMap(({ rule, condition }) => {
      const key = `${condition.indicator}:${condition.period}`;
      let pair = values.get(key);
      if (pair === undefined) {
        pair = lastTwoValues(condition.indicator, condition.period, history.slice(-indicatorHistoryBars(condition.period)));
        values.set(key, pair);
      }
      const { previous, current } = pair;
      const direction = condition.kind === 'indicator_above' ? 'above' : 'below';
      if (previous === null || current === null || !crossed(direction, previous, current, condition.value)) return [];
      return [{ rule, condition, eventKey, message: (context) => indicatorAlertMessage(this.crossing(closed, condition, previous, current), context) }];
    });
  }

  /** System rules (of admins) watching this provider event; nodes seeing one outage within the same minute record it once. */
  async ofSystemChange(change: ProviderChange): Promise<AlertFiring[]> {
    const minute = new Date(Math.floor(change.at / MINUTE_MS) * MINUTE_MS).toISOString();
    return withConditions(await this.alerts.activeSystemRules(), ['system'])
      .filter(({ condition }) => condition.events.includes(change.event))
      .map(({ rule, condition }) => ({ rule, condition, eventKey: `system:${change.event}:${change.provider}:${minute}`, message: (context) => systemAlertMessage(change, context) }));
  }

  /** The stored bars up to the closed one (the closed one added should the store not have it yet), oldest first. */
  private async history(closed: ClosedBar, count: number): Promise<Bar[]> {
    const stored = (await this.bars.last(closed.symbol, closed.timeframe, count)).filter((bar) => bar.time <= closed.bar.time);
    if (stored.at(-1)?.time !== closed.bar.time) stored.push(closed.bar);
    return stored;
  }

  private crossing(closed: ClosedBar, condition: IndicatorCondition, previous: number, current: number) {
    return {
      symbol: closed.symbol,
      direction: condition.kind === 'indicator_above' ? 'above' : 'below',
      level: condition.value,
      previous,
      current,
      indicator: indicatorName(condition.indicator, condition.period),
      timeframe: closed.timeframe,
      barTime: closed.bar.time,
    } as const;
  }
}
