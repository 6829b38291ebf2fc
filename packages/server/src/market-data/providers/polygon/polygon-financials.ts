import { parseCalendarDay } from '../../calendar/calendar-day.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import type { JsonObject, ResponseReader } from '../http/response-reader.js';

/** The figures of one fiscal period of a `/vX/reference/financials` answer that this adapter uses; null where the filing has none. */
export interface PolygonFinancialPeriod {
  /** `Q1`..`Q4`, `FY` or `TTM`. */
  readonly fiscalPeriod: string;
  readonly fiscalYear: string | null;
  /** Last day of the period, `YYYY-MM-DD`. */
  readonly endDate: string;
  /** The day the filing reached the SEC, `YYYY-MM-DD`; null when Polygon gives none (it may for derived TTM periods). */
  readonly filingDate: string | null;
  /**
   * Diluted EPS, or basic EPS when the filing states no diluted figure (companies without dilutive
   * securities often tag only one). As filed: Polygon does not restate older filings for later splits.
   */
  readonly earningsPerShare: number | null;
  /** The currency of {@link earningsPerShare}, from its unit (`USD / shares` → `USD`). */
  readonly earningsPerShareCurrency: string | null;
  readonly revenues: number | null;
}

/** One concept of a statement (`{ label, value, unit, order }`), or null when the filing does not state it. */
function concept(reader: ResponseReader, statement: JsonObject | null, key: string, at: string): { value: number; unit: string | null } | null {
  if (statement === null) return null;
  const raw = statement[key];
  if (raw === undefined || raw === null) return null;
  const conceptAt = `${at}.${key}`;
  const object = reader.object(raw, conceptAt);
  return { value: reader.number(object, 'value', conceptAt), unit: reader.optionalString(object, 'unit', conceptAt) };
}

/** `USD` of `USD / shares`; null when the unit names none. */
function currencyOfUnit(unit: string | null): string | null {
  const currency = unit?.split('/')[0]?.trim().toUpperCase() ?? '';
  return currency.length > 0 ? currency : null;
}

function optionalObject(reader: ResponseReader, parent: JsonObject, key: string, at: string): JsonObject | null {
  const value = parent[key];
  return value === undefined || value === null ? null : reader.objectField(parent, key, at);
}

function calendarDay(reader: ResponseReader, text: string, at: string): string {
  try {
    parseCalendarDay(text);
  } catch {
    throw reader.problem(at, `is "${text}", expected a YYYY-MM-DD date`);
  }
  return text;
}

function fiscalYearOf(reader: ResponseReader, row: JsonObject, at: string): string | null {
  // Polygon documents fiscal_year as a string ("2023"); a number would carry the same fact.
  const value = row.fiscal_year;
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : reader.optionalString(row, 'fiscal_year', at);
}

/**
 * The periods of a `/vX/reference/financials` answer, in Polygon's order. An absent statement or
 * concept is null (a filing states only what applies to the company); a concept whose value is not
 * a number, or a period without an end date, is a malformed answer.
 */
export function readPolygonFinancials(client: JsonHttpClient, what: string, body: unknown): PolygonFinancialPeriod[] {
  const reader = client.reader(what);
  return reader.optionalArrayField(reader.object(body, ''), 'results', '').map((value, i) => {
    const at = `results[${i}]`;
    const row = reader.object(value, at);
    const financials = reader.objectField(row, 'financials', at);
    const incomeAt = `${at}.financials.income_statement`;
    const income = optionalObject(reader, financials, 'income_statement', `${at}.financials`);
    const eps = concept(reader, income, 'diluted_earnings_per_share', incomeAt) ?? concept(reader, income, 'basic_earnings_per_share', incomeAt);
    const filingDate = reader.optionalString(row, 'filing_date', at);
    return {
      fiscalPeriod: reader.string(row, 'fiscal_period', at),
      fiscalYear: fiscalYearOf(reader, row, at),
      endDate: calendarDay(reader, reader.string(row, 'end_date', at), `${at}.end_date`),
      filingDate: filingDate === null ? null : calendarDay(reader, filingDate, `${at}.filing_date`),
      earningsPerShare: eps === null ? null : eps.value,
      earningsPerShareCurrency: eps === null ? null : currencyOfUnit(eps.unit),
      revenues: concept(reader, income, 'revenues', incomeAt)?.value ?? null,
    };
  });
}
