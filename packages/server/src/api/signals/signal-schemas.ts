import { AGENT_CATEGORIES, VOTE_STATUSES } from '../../storage/schema/engine-values.js';
import { ACTION_SCHEMA, RISK_LEVEL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';

const nullableNumber = { type: ['number', 'null'] } as const;

/** A signal as every route and the WebSocket `signal` message give it (the stored signal, without votes). */
export const SIGNAL_SCHEMA = {
  $id: 'Signal',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'symbol', 'timeframe', 'time', 'action', 'confidence', 'consensusStrength', 'price', 'entry', 'stopLoss', 'takeProfit', 'riskLevel', 'positionSize', 'expiresAt', 'summary', 'simulated', 'createdAt', 'outcome'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    symbol: { type: 'string' },
    timeframe: TIMEFRAME_SCHEMA,
    time: { ...TIME_SCHEMA, description: 'start of the bar the signal was computed on' },
    action: ACTION_SCHEMA,
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    consensusStrength: { type: 'number', minimum: 0, maximum: 1 },
    price: { type: 'number' },
    entry: { type: 'number' },
    stopLoss: nullableNumber,
    takeProfit: nullableNumber,
    riskLevel: RISK_LEVEL_SCHEMA,
    positionSize: { type: 'number', minimum: 0, description: 'suggested fraction of equity' },
    expiresAt: TIME_SCHEMA,
    summary: { type: 'string' },
    simulated: { type: 'boolean', description: 'true when computed from the market simulator' },
    createdAt: TIME_SCHEMA,
    outcome: {
      type: ['object', 'null'],
      required: ['result', 'at', 'price', 'return'],
      properties: { result: { type: 'string' }, at: TIME_SCHEMA, price: nullableNumber, return: nullableNumber },
    },
  },
} as const;

/** One agent's vote on a signal. */
export const VOTE_SCHEMA = {
  $id: 'SignalVote',
  type: 'object',
  additionalProperties: false,
  required: ['agent', 'category', 'action', 'confidence', 'weight', 'status', 'reasoning'],
  properties: {
    agent: { type: 'string' },
    category: { type: 'string', enum: [...AGENT_CATEGORIES] },
    action: { anyOf: [ACTION_SCHEMA, { type: 'null' }] },
    confidence: { type: 'number' },
    weight: { type: 'number' },
    status: { type: 'string', enum: [...VOTE_STATUSES] },
    reasoning: { type: 'string' },
  },
} as const;

/** A list of signals, with the cursor of the next page where the route pages. */
export const SIGNAL_PAGE_SCHEMA = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: { $ref: 'Signal#' } }, nextCursor: { type: ['string', 'null'] } },
} as const;
