import { z } from 'zod';
import { TIMEFRAMES } from '../series/timeframe.js';
import { SYMBOL_CLASSES } from './symbol-class.js';

const count = z.number().int().min(0);
const amount = z.number().min(0);
const finite = z.number().refine(Number.isFinite, 'expected a finite number');

const historySchema = z
  .strictObject({ time: z.array(finite), hitRate: z.array(amount.max(1)), samples: z.array(amount), weight: z.array(amount) })
  .refine((h) => h.hitRate.length === h.time.length && h.samples.length === h.time.length && h.weight.length === h.time.length, 'history columns differ in length');

const cellSchema = z.strictObject({
  agent: z.string().min(1),
  symbolClass: z.enum(SYMBOL_CLASSES),
  timeframe: z.enum(TIMEFRAMES),
  hits: amount,
  samples: amount,
  scored: count,
  pushes: count,
  lastTime: finite.nullable(),
  history: historySchema,
});

const tradeSchema = z.strictObject({
  symbolClass: z.enum(SYMBOL_CLASSES),
  timeframe: z.enum(TIMEFRAMES),
  wins: amount,
  losses: amount,
  winSum: amount,
  lossSum: amount,
  trades: count,
  lastTime: finite.nullable(),
});

/** Schema of the tracker's persisted state (`AccuracyTracker.toJSON`). Option ranges are checked by `accuracyOptions`. */
export const accuracyTrackerStateSchema = z.strictObject({
  version: z.literal(1),
  options: z.strictObject({
    horizon: z.number(),
    deadBandDeviations: z.number(),
    volatilityPeriod: z.number(),
    halfLifeBars: z.number(),
    priorStrength: z.number(),
    weightExponent: z.number(),
    maxWeight: z.number(),
    historyLength: z.number(),
    minPayoffSamples: z.number(),
  }),
  records: z.array(cellSchema),
  trades: z.array(tradeSchema),
});

/** The tracker's persisted state: options, every agent record with its history, and the consensus' trade records. */
export type AccuracyTrackerState = z.infer<typeof accuracyTrackerStateSchema>;

/** Parses persisted state, throwing a RangeError that names the first bad field. */
export function parseAccuracyTrackerState(state: unknown): AccuracyTrackerState {
  const parsed = accuracyTrackerStateSchema.safeParse(state);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(state)';
  throw new RangeError(`invalid accuracy tracker state: ${path}: ${issue.message}`);
}
