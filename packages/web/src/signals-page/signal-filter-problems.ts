import { isSymbol } from './is-symbol.js';
import { localDayStart } from './local-day-start.js';
import { parseSymbolList } from './parse-symbol-list.js';
import type { SignalFilterFields } from './signal-filter-fields.js';

// The API's rules (symbol pattern, at most 100 symbols, confidence 0..1, from ≤ to), checked before a 400 round trip.
function percentProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? undefined : 'A percentage from 0 to 100';
}

/** What is wrong with each field of the filter form (empty when the filters can be applied). */
export function signalFilterProblems(fields: SignalFilterFields): Partial<Record<keyof SignalFilterFields, string>> {
  const problems: Partial<Record<keyof SignalFilterFields, string>> = {};
  const symbols = parseSymbolList(fields.symbols);
  const wrong = symbols.find((symbol) => !isSymbol(symbol));
  if (wrong !== undefined) problems.symbols = `${wrong} is not a symbol (letters, digits and . - = ^ /, up to 20)`;
  else if (symbols.length > 100) problems.symbols = 'At most 100 symbols';
  const minimum = percentProblem(fields.minConfidence);
  const maximum = percentProblem(fields.maxConfidence);
  if (minimum !== undefined) problems.minConfidence = minimum;
  if (maximum !== undefined) problems.maxConfidence = maximum;
  if (minimum === undefined && maximum === undefined && fields.minConfidence.trim() !== '' && fields.maxConfidence.trim() !== '' && Number(fields.minConfidence) > Number(fields.maxConfidence)) {
    problems.maxConfidence = 'Not below the minimum';
  }
  const from = fields.from === '' ? null : localDayStart(fields.from);
  const to = fields.to === '' ? null : localDayStart(fields.to);
  if (fields.from !== '' && from === null) problems.from = 'A date';
  if (fields.to !== '' && to === null) problems.to = 'A date';
  if (from !== null && to !== null && from.getTime() > to.getTime()) problems.to = 'Not before the start';
  return problems;
}
