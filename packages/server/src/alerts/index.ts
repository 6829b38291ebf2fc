/** Alert evaluation: rules checked against signals, outcomes, quotes, bars and provider circuits, and their delivery. */
export { AlertEvaluator, type AlertEvaluatorOptions, type AlertErrorContext } from './alert-evaluator.js';
export { ALERT_EVENT_TYPES, type AlertEventType, type ProviderChange } from './alert-messages.js';
export { CircuitWatcher, type CircuitWatcherOptions } from './circuit-watcher.js';
