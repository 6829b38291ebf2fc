import type { RiskLevel, SignalAction } from '@goldensignals/engine';
import type { SignalSort } from './signal-sort.js';

/** The actions in the order the address lists them, whatever order they were clicked in. */
export const URL_ACTIONS: readonly SignalAction[] = ['BUY', 'SELL', 'HOLD'];

/** The risk levels in the order the address lists them. */
export const URL_RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

/** Every column the list sorts by, as `sort=<key>.<direction>` names it. */
export const URL_SORT_KEYS: readonly SignalSort['key'][] = ['symbol', 'action', 'confidence', 'consensusStrength', 'riskLevel', 'price', 'time', 'outcome'];
