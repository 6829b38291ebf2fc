import { TIMEFRAMES } from '@goldensignals/engine';
import { ALERT_INDICATORS } from './alert-indicators.js';
import { ALERT_OUTCOMES } from './alert-outcomes.js';
import type { AlertView } from './alert-view.js';
import { SYSTEM_EVENTS } from './system-events.js';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `a`, `a or b`, `a, b or c`. */
function either(items: readonly string[], word = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function percent(value: unknown): string | null {
  return typeof value === 'number' && value > 0 ? `${Math.round(value * 1000) / 10}%` : null;
}

function signalSummary(params: AlertView['params']): string {
  const actions = strings(params.actions);
  const parts = [`${either(actions.length > 0 ? actions : ['any'])} signal`];
  const confidence = percent(params.minConfidence);
  if (confidence !== null) parts.push(`confidence ≥ ${confidence}`);
  const strength = percent(params.minConsensusStrength);
  if (strength !== null) parts.push(`consensus ≥ ${strength}`);
  const risks = strings(params.riskLevels);
  if (risks.length > 0 && risks.length < 3) parts.push(`${either(risks)} risk`);
  const timeframes = strings(params.timeframes);
  if (timeframes.length > 0 && timeframes.length < TIMEFRAMES.length) parts.push(`on ${either(timeframes)}`);
  const agents = strings(params.agents);
  if (agents.length > 0) parts.push(`${either(agents, 'and')} agree${agents.length === 1 ? 's' : ''}`);
  if (typeof params.minAgreeingAgents === 'number') parts.push(`at least ${params.minAgreeingAgents} agent${params.minAgreeingAgents === 1 ? ' agrees' : 's agree'}`);
  return parts.join(', ');
}

function indicatorSummary(kind: string, params: AlertView['params']): string {
  const known = ALERT_INDICATORS.find((option) => option.indicator === params.indicator);
  const name = known?.label ?? String(params.indicator);
  const period = typeof params.period === 'number' ? `(${params.period})` : '';
  const on = typeof params.timeframe === 'string' ? ` on ${params.timeframe}` : '';
  return `${name}${period}${on} crosses ${kind === 'indicator_above' ? 'above' : 'below'} ${String(params.value)}`;
}

/** What a rule watches, in words: "Price crosses above 190", "BUY or SELL signal, confidence ≥ 70%", "RSI(14) on 1d crosses below 30". */
export function conditionSummary(alert: Pick<AlertView, 'kind' | 'params'>): string {
  const { kind, params } = alert;
  switch (kind) {
    case 'price_above':
    case 'price_below':
      return `Price crosses ${kind === 'price_above' ? 'above' : 'below'} ${String(params.price)}`;
    case 'signal':
      return signalSummary(params);
    case 'signal_outcome': {
      const outcomes = strings(params.outcomes).map((outcome) => ALERT_OUTCOMES.find((option) => option.outcome === outcome)?.label ?? outcome);
      return `Signal outcome: ${either(outcomes.length > 0 ? outcomes : ALERT_OUTCOMES.map((option) => option.label))}`;
    }
    case 'indicator_above':
    case 'indicator_below':
      return indicatorSummary(kind, params);
    case 'system': {
      const events = strings(params.events).map((event) => SYSTEM_EVENTS.find((option) => option.event === event)?.label ?? event);
      return `System: ${either(events.length > 0 ? events : SYSTEM_EVENTS.map((option) => option.label))}`;
    }
    default:
      return kind;
  }
}
