import { SCAN_ITEM_STATUSES } from '../../storage/schema/scan-items.js';
import { SCAN_STATUSES, SCAN_TRIGGERS } from '../../storage/schema/scans.js';
import { SYMBOL_SCHEMA, TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';

/** Most symbols one scan takes. */
export const MAX_SCAN_SYMBOLS = 500;

const NULLABLE_TIME = { type: ['string', 'null'], format: 'date-time' } as const;

/** The body of `POST /scans`. */
export const SUBMIT_SCAN_BODY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    symbols: { type: 'array', minItems: 1, maxItems: MAX_SCAN_SYMBOLS, items: SYMBOL_SCHEMA, description: "default: the symbols of the caller's watchlists" },
    timeframe: { ...TIMEFRAME_SCHEMA, description: 'default 1d' },
  },
} as const;

const SUMMARY_PROPERTIES = {
  id: { type: 'string' },
  status: { type: 'string', enum: [...SCAN_STATUSES] },
  timeframe: TIMEFRAME_SCHEMA,
  trigger: { type: 'string', enum: [...SCAN_TRIGGERS], description: 'manual (a user asked) or schedule (a bar closed)' },
  total: { type: 'integer', minimum: 0 },
  completed: { type: 'integer', minimum: 0, description: 'symbols with their signal' },
  failed: { type: 'integer', minimum: 0, description: 'symbols that got no signal (the item says why)' },
  progress: { type: 'number', minimum: 0, maximum: 1 },
  error: { type: ['string', 'null'] },
  createdAt: TIME_SCHEMA,
  startedAt: NULLABLE_TIME,
  finishedAt: NULLABLE_TIME,
} as const;

const SUMMARY_REQUIRED = Object.keys(SUMMARY_PROPERTIES);

/** A scan without its items. */
export const SCAN_SUMMARY_SCHEMA = { type: 'object', required: SUMMARY_REQUIRED, properties: SUMMARY_PROPERTIES } as const;

/** A scan and what became of each symbol. */
export const SCAN_SCHEMA = {
  type: 'object',
  required: [...SUMMARY_REQUIRED, 'items'],
  properties: {
    ...SUMMARY_PROPERTIES,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['symbol', 'status', 'signalId', 'error'],
        properties: {
          symbol: { type: 'string' },
          status: { type: 'string', enum: [...SCAN_ITEM_STATUSES] },
          signalId: { type: ['string', 'null'] },
          error: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;
