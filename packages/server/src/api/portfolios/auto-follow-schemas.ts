import { AUTO_FOLLOW_OUTCOMES } from '../../storage/schema/auto-follow-decisions.js';
import { RISK_LEVELS } from '../../storage/schema/engine-values.js';
import { ACTION_SCHEMA, RISK_LEVEL_SCHEMA, SYMBOL_SCHEMA, TIME_SCHEMA } from '../common-schemas.js';

/** Most symbols an auto-follow list names (as many as a watchlist holds). */
export const MAX_AUTO_FOLLOW_SYMBOLS = 200;

const SETTINGS_PROPERTIES = {
  enabled: { type: 'boolean', description: 'act on new signals (default false)' },
  symbols: {
    type: 'array',
    maxItems: MAX_AUTO_FOLLOW_SYMBOLS,
    items: SYMBOL_SCHEMA,
    description: "symbols to follow, upper-cased, each at most once; empty: every symbol in the owner's watchlists",
  },
  minConfidence: { type: 'number', minimum: 0, maximum: 1, description: 'least signal confidence acted on (default 0.6)' },
  riskLevels: { type: 'array', minItems: 1, maxItems: RISK_LEVELS.length, items: RISK_LEVEL_SCHEMA, description: "accepted signal risk levels (default ['low', 'medium'])" },
  maxPositionPercent: { type: 'number', exclusiveMinimum: 0, maximum: 100, description: 'largest new position, % of equity; a smaller signal size is kept (default 10)' },
  maxOpenPositions: { type: 'integer', minimum: 1, maximum: 100, description: 'no new position while this many are open (default 5)' },
  maxDailyLossPercent: {
    type: 'number',
    exclusiveMinimum: 0,
    maximum: 100,
    description: "no new positions for the rest of the UTC day once equity is this % below the day's start (default 3)",
  },
  useStopLoss: { type: 'boolean', description: "sell a followed position when a quote crosses its signal's stop-loss or take-profit (default true)" },
} as const;

const SETTINGS_FIELDS = Object.keys(SETTINGS_PROPERTIES) as (keyof typeof SETTINGS_PROPERTIES)[];

/** Body of `PUT /portfolios/:id/auto-follow`: every setting. */
export const AUTO_FOLLOW_SETTINGS_INPUT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: SETTINGS_FIELDS,
  properties: SETTINGS_PROPERTIES,
} as const;

/** A portfolio's auto-follow settings as the API gives them. */
export const AUTO_FOLLOW_SETTINGS_SCHEMA = {
  type: 'object',
  required: ['portfolioId', ...SETTINGS_FIELDS, 'updatedAt'],
  properties: {
    portfolioId: { type: 'string', format: 'uuid' },
    ...SETTINGS_PROPERTIES,
    updatedAt: { type: ['string', 'null'], format: 'date-time', description: 'null while never saved (the defaults)' },
  },
} as const;

/** One decision of auto-follow. */
export const AUTO_FOLLOW_DECISION_SCHEMA = {
  type: 'object',
  required: ['id', 'portfolioId', 'signalId', 'symbol', 'action', 'outcome', 'reason', 'orderId', 'createdAt'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    portfolioId: { type: 'string', format: 'uuid' },
    signalId: { type: 'string', format: 'uuid', description: 'the signal acted on; for a stop-loss or take-profit sale, the signal that opened the position' },
    symbol: { type: 'string' },
    action: ACTION_SCHEMA,
    outcome: { type: 'string', enum: [...AUTO_FOLLOW_OUTCOMES] },
    reason: { type: 'string', description: 'what was done or why not, with the figures' },
    orderId: { type: ['string', 'null'], format: 'uuid' },
    createdAt: TIME_SCHEMA,
  },
} as const;

/** The answer of `GET /portfolios/:id/auto-follow/decisions`. */
export const AUTO_FOLLOW_DECISIONS_SCHEMA = {
  type: 'object',
  required: ['decisions'],
  properties: { decisions: { type: 'array', items: AUTO_FOLLOW_DECISION_SCHEMA } },
} as const;
