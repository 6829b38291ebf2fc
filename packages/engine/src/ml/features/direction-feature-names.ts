/**
 * The names of the direction models' features, in vector order. A model file records the names it
 * was trained on, so a model trained on another feature set is refused rather than fed the wrong
 * columns.
 */
export const DIRECTION_FEATURE_NAMES = [
  'return1',
  'return5',
  'return10',
  'return20',
  'relativeStrengthIndex14',
  'macdHistogramOverPrice',
  'distanceToSma20',
  'distanceToSma50',
  'bollingerPercentB',
  'averageTrueRangeOverPrice',
  'realisedVolatility20',
  'volumeZScore20',
  'dayOfWeekSin',
  'dayOfWeekCos',
  'monthSin',
  'monthCos',
] as const;

/** One feature's name. */
export type DirectionFeatureName = (typeof DIRECTION_FEATURE_NAMES)[number];

/** Length of a feature vector. */
export const DIRECTION_FEATURE_COUNT = DIRECTION_FEATURE_NAMES.length;

/** Bars (current one included) the window features read: 20 one-bar returns need 21 closes. */
export const DIRECTION_FEATURE_WINDOW = 21;
