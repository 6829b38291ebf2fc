import type { RiskLevel } from '@goldensignals/engine';
import { parseSymbols } from '../../settings/parse-symbols.js';
import { isSymbol } from '../../signals-page/is-symbol.js';
import type { FieldProblems } from '../../forms/field-problems.js';
import type { AutoFollowFields } from './auto-follow-fields.js';
import type { AutoFollowSettingsInput } from './auto-follow-settings.js';

const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
// As many as a watchlist holds (the API's limit).
const MAX_SYMBOLS = 200;
const DECIMAL = /^\d{1,3}(\.\d{1,4})?$/;
const WHOLE = /^\d{1,3}$/;

/** The number `text` holds when it is a plain decimal (no sign, exponent or hex) from `least` to 100, else null. */
function percentOf(text: string, least: number, leastIncluded: boolean): number | null {
  const value = text.trim();
  if (!DECIMAL.test(value)) return null;
  const number = Number(value);
  const aboveLeast = leastIncluded ? number >= least : number > least;
  return aboveLeast && number <= 100 ? number : null;
}

/** The `PUT /portfolios/:id/auto-follow` body the form's fields describe, or what is wrong with them, by field. */
export function validateAutoFollowFields(
  fields: AutoFollowFields,
): { readonly input: AutoFollowSettingsInput; readonly problems?: undefined } | { readonly input?: undefined; readonly problems: FieldProblems } {
  const problems: Record<string, string> = {};
  const symbols = parseSymbols(fields.symbols);
  const wrong = symbols.find((symbol) => !isSymbol(symbol));
  if (wrong !== undefined) problems.symbols = `${wrong} is not a symbol (letters, digits and . - = ^ /, up to 20)`;
  else if (symbols.length > MAX_SYMBOLS) problems.symbols = `at most ${MAX_SYMBOLS} symbols (${symbols.length} given)`;
  const minConfidence = percentOf(fields.minConfidence, 0, true);
  if (fields.minConfidence.trim() === '') problems.minConfidence = 'required';
  else if (minConfidence === null) problems.minConfidence = 'a percentage from 0 to 100';
  if (fields.riskLevels.length === 0) problems.riskLevels = 'pick at least one risk level';
  const maxPositionPercent = percentOf(fields.maxPositionPercent, 0, false);
  if (fields.maxPositionPercent.trim() === '') problems.maxPositionPercent = 'required';
  else if (maxPositionPercent === null) problems.maxPositionPercent = 'a percentage above 0, up to 100';
  const maxOpenPositions = WHOLE.test(fields.maxOpenPositions.trim()) ? Number(fields.maxOpenPositions.trim()) : null;
  if (fields.maxOpenPositions.trim() === '') problems.maxOpenPositions = 'required';
  else if (maxOpenPositions === null || maxOpenPositions < 1 || maxOpenPositions > 100) problems.maxOpenPositions = 'a whole number from 1 to 100';
  const maxDailyLossPercent = percentOf(fields.maxDailyLossPercent, 0, false);
  if (fields.maxDailyLossPercent.trim() === '') problems.maxDailyLossPercent = 'required';
  else if (maxDailyLossPercent === null) problems.maxDailyLossPercent = 'a percentage above 0, up to 100';
  if (Object.keys(problems).length > 0 || minConfidence === null || maxPositionPercent === null || maxOpenPositions === null || maxDailyLossPercent === null) return { problems };
  return {
    input: {
      enabled: fields.enabled,
      symbols,
      // The API takes a fraction; rounding drops the binary noise of the division (33.3 / 100 is 0.33299999999999996).
      minConfidence: Number((minConfidence / 100).toFixed(6)),
      riskLevels: RISK_LEVELS.filter((level) => fields.riskLevels.includes(level)),
      maxPositionPercent,
      maxOpenPositions,
      maxDailyLossPercent,
      useStopLoss: fields.useStopLoss,
    },
  };
}
