export * from './agent-run-result.js';
export * from './consensus-action.js';
export * from './consensus-options.js';
export * from './consensus-result.js';
export * from './fault-tolerance.js';
export * from './global-timers.js';
export * from './quorum.js';
export * from './run-agents.js';
export * from './run-agents-async.js';
export * from './settle-agent-output.js';
export * from './validate-agent-output.js';
export * from './weighted-consensus.js';
// assertInRange moved to support/ (consensus, accuracy and risk share it); still exported from here.
export * from '../support/assert-in-range.js';
