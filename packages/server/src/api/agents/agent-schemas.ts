import { SYMBOL_CLASSES } from '@goldensignals/engine';
import { AGENT_CATEGORIES } from '../../storage/schema/engine-values.js';
import { TIME_SCHEMA, TIMEFRAME_SCHEMA } from '../common-schemas.js';

/** An agent id path parameter (registry ids are kebab-case). */
export const AGENT_ID_SCHEMA = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', description: 'agent id, e.g. rsi, macd' } as const;

/** A symbol class of the accuracy tracker. */
export const SYMBOL_CLASS_SCHEMA = { type: 'string', enum: [...SYMBOL_CLASSES] } as const;

/** An agent category. */
export const AGENT_CATEGORY_SCHEMA = { type: 'string', enum: [...AGENT_CATEGORIES] } as const;

/** A free-form object (config values), kept whole by the response serializer. */
const OPEN_OBJECT = { type: 'object', additionalProperties: true } as const;

const ACCURACY_SCHEMA = {
  type: 'object',
  required: ['symbolClass', 'timeframe', 'hitRate', 'rawHitRate', 'samples', 'scored', 'pushes', 'weight', 'updatedAt'],
  properties: {
    symbolClass: SYMBOL_CLASS_SCHEMA,
    timeframe: TIMEFRAME_SCHEMA,
    hitRate: { type: 'number', description: 'decayed hit rate shrunk toward 0.5 while samples are few' },
    rawHitRate: { type: ['number', 'null'], description: 'decayed hit rate without shrinkage; null before the first scored vote' },
    samples: { type: 'number', description: 'decayed number of scored votes' },
    scored: { type: 'integer', description: 'votes scored right or wrong, ever' },
    pushes: { type: 'integer', description: 'BUY/SELL votes whose forward return stayed inside the dead-band' },
    weight: { type: 'number', description: 'consensus weight; 1 is a coin flip' },
    updatedAt: { anyOf: [TIME_SCHEMA, { type: 'null' }] },
  },
} as const;

const AGENT_PROPERTIES = {
  id: { type: 'string' },
  name: { type: 'string' },
  category: AGENT_CATEGORY_SCHEMA,
  description: { type: 'string' },
  enabled: { type: 'boolean' },
  config: { ...OPEN_OBJECT, description: 'the full config: defaults with the stored overrides applied' },
  overrides: { ...OPEN_OBJECT, description: 'the stored overrides only' },
  configError: { type: ['string', 'null'], description: 'why the stored overrides were set aside (no longer valid), else null' },
  scored: { type: 'integer', description: 'votes scored, over the accuracy cells shown' },
  accuracy: { type: 'array', items: ACCURACY_SCHEMA },
} as const;

const AGENT_REQUIRED = ['id', 'name', 'category', 'description', 'enabled', 'config', 'overrides', 'configError', 'scored', 'accuracy'] as const;

/** An agent: identity, settings and measured accuracy per symbol class and timeframe. */
export const AGENT_SCHEMA = { type: 'object', required: [...AGENT_REQUIRED], properties: AGENT_PROPERTIES } as const;

/** An agent with its config's JSON schema and its weight history. */
export const AGENT_DETAILS_SCHEMA = {
  type: 'object',
  required: [...AGENT_REQUIRED, 'configSchema', 'history'],
  properties: {
    ...AGENT_PROPERTIES,
    configSchema: { ...OPEN_OBJECT, description: 'JSON schema of the config (what PATCH accepts)' },
    history: {
      type: 'array',
      description: 'weight after the votes scored at each bar, oldest first',
      items: {
        type: 'object',
        required: ['symbolClass', 'timeframe', 'time', 'hitRate', 'samples', 'weight'],
        properties: { symbolClass: SYMBOL_CLASS_SCHEMA, timeframe: TIMEFRAME_SCHEMA, time: TIME_SCHEMA, hitRate: { type: 'number' }, samples: { type: 'number' }, weight: { type: 'number' } },
      },
    },
  },
} as const;

/** Body of `PATCH /agents/:id`. */
export const AGENT_PATCH_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    enabled: { type: 'boolean' },
    config: {
      type: 'object',
      maxProperties: 50,
      description: "fields to override, checked by the agent's own schema (see configSchema); null puts a field back to its default",
    },
  },
} as const;
