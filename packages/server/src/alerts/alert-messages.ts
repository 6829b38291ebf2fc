import { formatPrice } from '@goldensignals/engine';
import { percentOf, priceText, signedPercent, timeText } from '../ai/chat/templated/figures.js';
import type { NotificationField, NotificationMessage } from '../notify/notification-message.js';
import type { AlertSignal } from './alert-event-data.js';
import type { CrossingDirection } from './crossing.js';
import { dashboardLink, signalLink } from './dashboard-link.js';

/** The event types of alert messages (webhooks get them in `X-GoldenSignals-Event`). */
export const ALERT_EVENT_TYPES = ['alert.signal', 'alert.outcome', 'alert.price', 'alert.indicator', 'alert.system'] as const;

/** One of {@link ALERT_EVENT_TYPES}. */
export type AlertEventType = (typeof ALERT_EVENT_TYPES)[number];

/** What every alert message carries besides its event: its id (the trigger's), the rule's label and the dashboard's address. */
export interface AlertMessageContext {
  readonly id: string;
  readonly ruleLabel: string;
  readonly publicUrl: string | null;
}

/** A crossing of a price level. */
export interface PriceCrossing {
  readonly symbol: string;
  readonly direction: CrossingDirection;
  readonly level: number;
  readonly previous: number;
  readonly current: number;
  /** Epoch ms of the price that crossed. */
  readonly time: number;
}

/** A crossing of an indicator level at a closed bar. */
export interface IndicatorCrossing extends Omit<PriceCrossing, 'time'> {
  /** `RSI(14)`. */
  readonly indicator: string;
  readonly timeframe: string;
  /** Epoch ms of the bar that crossed. */
  readonly barTime: number;
}

/** A provider's circuit opening (down) or closing again (up). */
export interface ProviderChange {
  readonly provider: string;
  readonly event: 'provider_down' | 'provider_up';
  /** Consecutive failures that opened the circuit (0 once it closed). */
  readonly failures: number;
  /** Epoch ms of the change. */
  readonly at: number;
}

function message(context: AlertMessageContext, eventType: AlertEventType, subject: string, text: string, fields: NotificationField[], url: string | undefined, action?: NotificationMessage['action']): NotificationMessage {
  return {
    id: context.id,
    eventType,
    subject: `${subject} (rule: ${context.ruleLabel})`,
    text,
    fields,
    ...(url === undefined ? {} : { url }),
    ...(action === undefined ? {} : { action }),
  };
}

function simulatedNote(signal: AlertSignal): string {
  return signal.simulated ? ' Computed from simulated market data.' : '';
}

/** `BUY AAPL 72% (rule: strong buys)`, with the signal's levels as fields. */
export function signalAlertMessage(signal: AlertSignal, context: AlertMessageContext): NotificationMessage {
  const fields: NotificationField[] = [
    { name: 'Action', value: signal.action },
    { name: 'Confidence', value: percentOf(signal.confidence, 0) },
    { name: 'Consensus', value: percentOf(signal.consensusStrength, 0) },
    { name: 'Risk', value: signal.riskLevel },
    { name: 'Price', value: priceText(signal.price) },
    { name: 'Stop loss', value: priceText(signal.stopLoss) },
    { name: 'Take profit', value: priceText(signal.takeProfit) },
    { name: 'Timeframe', value: signal.timeframe },
    { name: 'Bar', value: timeText(signal.time) },
  ];
  const subject = `${signal.action} ${signal.symbol} ${percentOf(signal.confidence, 0)}`;
  return message(context, 'alert.signal', subject, `${signal.summary}${simulatedNote(signal)}`, fields, signalLink(context.publicUrl, signal), signal.action);
}

const OUTCOME_WORDS: Readonly<Record<string, string>> = { target: 'hit its target', stop: 'hit its stop', expired: 'expired' };

/** `AAPL BUY hit its target +4.2% (rule: …)`: how a followed signal ended. */
export function outcomeAlertMessage(signal: AlertSignal, context: AlertMessageContext): NotificationMessage {
  const outcome = signal.outcome;
  const result = outcome?.result ?? 'closed';
  const words = OUTCOME_WORDS[result] ?? result;
  const change = outcome?.return === null || outcome?.return === undefined ? null : outcome.return * 100;
  const fields: NotificationField[] = [
    { name: 'Outcome', value: result },
    { name: 'Return', value: signedPercent(change) },
    { name: 'Entry', value: priceText(signal.price) },
    { name: 'Exit', value: priceText(outcome?.price ?? null) },
    { name: 'Timeframe', value: signal.timeframe },
    { name: 'Signalled', value: timeText(signal.time) },
    ...(outcome === null ? [] : [{ name: 'Closed', value: timeText(outcome.at) }]),
  ];
  const subject = `${signal.symbol} ${signal.action} ${words} ${signedPercent(change)}`;
  const text = `The ${signal.action} signal on ${signal.symbol} (${signal.timeframe}, ${timeText(signal.time)}) ${words}: ${signedPercent(change)} from ${priceText(signal.price)}.${simulatedNote(signal)}`;
  return message(context, 'alert.outcome', subject, text, fields, signalLink(context.publicUrl, signal), signal.action);
}

/** `AAPL crossed above 200 (rule: …)`. */
export function priceAlertMessage(crossing: PriceCrossing, context: AlertMessageContext): NotificationMessage {
  const level = formatPrice(crossing.level);
  const fields: NotificationField[] = [
    { name: 'Price', value: formatPrice(crossing.current) },
    { name: 'Level', value: level },
    { name: 'Previous', value: formatPrice(crossing.previous) },
    { name: 'Time', value: timeText(new Date(crossing.time).toISOString()) },
  ];
  const text = `${crossing.symbol} traded at ${formatPrice(crossing.current)}, crossing ${crossing.direction} ${level} (previously ${formatPrice(crossing.previous)}).`;
  return message(context, 'alert.price', `${crossing.symbol} crossed ${crossing.direction} ${level}`, text, fields, dashboardLink(context.publicUrl, `signals?symbols=${encodeURIComponent(crossing.symbol)}`));
}

function indicatorFigure(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** `AAPL RSI(14) crossed below 30 on 1d (rule: …)`. */
export function indicatorAlertMessage(crossing: IndicatorCrossing, context: AlertMessageContext): NotificationMessage {
  const fields: NotificationField[] = [
    { name: 'Indicator', value: crossing.indicator },
    { name: 'Value', value: indicatorFigure(crossing.current) },
    { name: 'Level', value: indicatorFigure(crossing.level) },
    { name: 'Previous', value: indicatorFigure(crossing.previous) },
    { name: 'Timeframe', value: crossing.timeframe },
    { name: 'Bar', value: timeText(new Date(crossing.barTime).toISOString()) },
  ];
  const subject = `${crossing.symbol} ${crossing.indicator} crossed ${crossing.direction} ${indicatorFigure(crossing.level)} on ${crossing.timeframe}`;
  const text = `${crossing.indicator} of ${crossing.symbol} on the ${crossing.timeframe} bars is ${indicatorFigure(crossing.current)} at the bar closed ${timeText(new Date(crossing.barTime).toISOString())}, crossing ${crossing.direction} ${indicatorFigure(crossing.level)} (previous bar ${indicatorFigure(crossing.previous)}).`;
  return message(context, 'alert.indicator', subject, text, fields, dashboardLink(context.publicUrl, `signals?symbols=${encodeURIComponent(crossing.symbol)}`));
}

/** `Provider yahoo is down (rule: …)` or `… is back up`. */
export function systemAlertMessage(change: ProviderChange, context: AlertMessageContext): NotificationMessage {
  const down = change.event === 'provider_down';
  const at = timeText(new Date(change.at).toISOString());
  const fields: NotificationField[] = [
    { name: 'Provider', value: change.provider },
    { name: 'State', value: down ? 'down (circuit open)' : 'up (circuit closed)' },
    ...(down ? [{ name: 'Consecutive failures', value: String(change.failures) }] : []),
    { name: 'Since', value: at },
  ];
  const text = down
    ? `Market data provider ${change.provider} failed ${change.failures} times in a row; its circuit opened at ${at} and the chain falls back to the next provider.`
    : `Market data provider ${change.provider} answers again; its circuit closed at ${at}.`;
  return message(context, 'alert.system', `Provider ${change.provider} is ${down ? 'down' : 'back up'}`, text, fields, dashboardLink(context.publicUrl, 'alerts'));
}
