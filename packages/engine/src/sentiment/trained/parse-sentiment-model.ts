import { z } from 'zod';
import { featureDimension, HASH_BITS_RANGE } from './sentiment-feature-config.js';
import { SENTIMENT_LABELS } from './labelled-sentence.js';
import { SENTIMENT_MODEL_FORMAT, SENTIMENT_MODEL_VERSION, type SentimentModel } from './sentiment-model.js';
import { SentimentModelError } from './sentiment-model-error.js';

// zod 4 numbers are finite already (no NaN or Infinity), which JSON cannot hold anyway.
const finite = z.number();

const MODEL_SCHEMA = z.strictObject({
  format: z.literal(SENTIMENT_MODEL_FORMAT),
  version: z.literal(SENTIMENT_MODEL_VERSION),
  classifier: z.literal('softmax-regression'),
  labels: z.array(z.enum(['positive', 'negative', 'neutral'])).length(SENTIMENT_LABELS.length),
  features: z.strictObject({
    hashBits: z.number().int().min(HASH_BITS_RANGE.min).max(HASH_BITS_RANGE.max),
    negationScope: z.number().int().min(0).max(20),
    bigrams: z.boolean(),
    lexiconCues: z.boolean(),
    wordListScore: z.boolean(),
  }),
  biases: z.array(finite),
  featureIndices: z.array(z.number().int().min(0)),
  weights: z.array(finite),
  training: z.strictObject({
    rows: z.number().int().min(0),
    validationRows: z.number().int().min(0),
    trainedAt: z.string(),
    seed: z.number().int(),
    l2: finite,
    validationAccuracy: finite.nullable(),
    validationMacroF1: finite.nullable(),
    source: z.string().optional(),
  }),
});

function fail(source: string, problem: string): never {
  throw new SentimentModelError(`${source}: ${problem}`);
}

/** Checks what the schema cannot: the three labels once each, and array lengths that fit together. */
function checkShape(model: z.infer<typeof MODEL_SCHEMA>, source: string): void {
  if (new Set(model.labels).size !== SENTIMENT_LABELS.length) fail(source, `labels must be positive, negative and neutral once each, got ${model.labels.join(', ')}`);
  if (model.biases.length !== model.labels.length) fail(source, `${model.biases.length} biases for ${model.labels.length} labels`);
  if (model.weights.length !== model.featureIndices.length * model.labels.length) {
    fail(source, `${model.weights.length} weights for ${model.featureIndices.length} features × ${model.labels.length} labels`);
  }
  const dimension = featureDimension(model.features);
  const outside = model.featureIndices.find((index) => index >= dimension);
  if (outside !== undefined) fail(source, `feature index ${outside} is outside the ${dimension} features of its configuration`);
}

/**
 * Reads a model file's text. Throws {@link SentimentModelError} naming `source` when it is not JSON,
 * not a GoldenSignals sentiment model, of another version, or internally inconsistent.
 */
export function parseSentimentModel(text: string, source = 'sentiment model'): SentimentModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(source, `not valid JSON, the file is damaged or not a model (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== SENTIMENT_MODEL_FORMAT) {
    fail(source, `not a GoldenSignals sentiment model (its "format" field is not "${SENTIMENT_MODEL_FORMAT}")`);
  }
  const version = (json as { version?: unknown }).version;
  if (version !== SENTIMENT_MODEL_VERSION) {
    fail(source, `model format version ${JSON.stringify(version)} cannot be read by this GoldenSignals, which reads version ${SENTIMENT_MODEL_VERSION}; train the model again with "goldensignals sentiment train"`);
  }
  const parsed = MODEL_SCHEMA.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(source, `invalid model: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  checkShape(parsed.data, source);
  return parsed.data;
}
