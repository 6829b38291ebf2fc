import { INDICATOR_CATALOG, type IndicatorDefinition } from './indicator-catalog.js';
import { NULLABLE_NUMBER } from './market-data-schemas.js';

function valuesSchema(indicator: IndicatorDefinition) {
  return {
    type: 'object',
    required: [...indicator.outputs],
    properties: Object.fromEntries(indicator.outputs.map((output) => [output, NULLABLE_NUMBER])),
  } as const;
}

function resultSchema(indicator: IndicatorDefinition) {
  const values = valuesSchema(indicator);
  return {
    type: 'object',
    description: `${indicator.name}: outputs ${indicator.outputs.join(', ')} (null while warming up)`,
    required: ['name', 'values', 'series'],
    properties: {
      name: { type: 'string' },
      values,
      series: { type: 'array', items: { type: 'object', required: ['time', 'values'], properties: { time: { type: 'string', format: 'date-time' }, values } } },
    },
  } as const;
}

/** The `indicators` object of the indicators answer: one entry per requested indicator, keyed by id. */
export const INDICATOR_RESULTS_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(INDICATOR_CATALOG.map((indicator) => [indicator.id, resultSchema(indicator)])),
} as const;

const ID_CHOICE = `(${INDICATOR_CATALOG.map((indicator) => indicator.id).join('|')})`;

/** The `indicators` query parameter: a comma-separated list of catalogue ids. */
export const INDICATOR_LIST_SCHEMA = {
  type: 'string',
  pattern: `^${ID_CHOICE}(,${ID_CHOICE})*$`,
  description: `comma-separated, any of ${INDICATOR_CATALOG.map((indicator) => indicator.id).join(', ')} (default: all)`,
} as const;
