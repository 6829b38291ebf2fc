/** Answers in the documented formats of Polygon's REST API, for tests against the local API server. */

/** One aggregate as Polygon sends it (`t` = window start, epoch ms). */
export interface PolygonAggregate {
  readonly t: number;
  readonly o: number;
  readonly h: number;
  readonly l: number;
  readonly c: number;
  readonly v: number;
}

/** A page of `/v2/aggs/ticker/{T}/range/...`. */
export function aggregatesPage(ticker: string, results: readonly PolygonAggregate[], nextUrl?: string): Record<string, unknown> {
  return {
    ticker,
    queryCount: results.length,
    resultsCount: results.length,
    adjusted: true,
    ...(results.length > 0 ? { results: results.map((bar) => ({ ...bar, vw: (bar.h + bar.l + bar.c) / 3, n: 100 })) } : {}),
    status: 'OK',
    request_id: '6a7e466379af0a71039d60cc78e72282',
    count: results.length,
    ...(nextUrl === undefined ? {} : { next_url: nextUrl }),
  };
}

/** Polygon's error body, e.g. for 401 `Unknown API Key`. */
export function polygonError(error: string): Record<string, unknown> {
  return { status: 'ERROR', request_id: 'a1b2c3', error };
}

/** The 403 a plan without snapshots gets. */
export const NOT_ENTITLED = {
  status: 'NOT_AUTHORIZED',
  request_id: 'd4e5f6',
  message: 'You are not entitled to this data. Please upgrade your plan at https://polygon.io/pricing',
};

/** A `/v2/snapshot/locale/us/markets/stocks/tickers/{T}` answer (times in ns, as Polygon sends them). */
export function snapshot(ticker: string, day: { o: number; h: number; l: number; c: number; v: number }, lastTrade: { p: number; t: number } | null): Record<string, unknown> {
  return {
    status: 'OK',
    request_id: '657e430f1ae768891f018e08e03598d8',
    ticker: {
      ticker,
      day: { ...day, vw: day.c },
      lastQuote: { P: 20.6, S: 22, p: 20.5, s: 13, t: 1605192959994246100 },
      ...(lastTrade === null ? {} : { lastTrade: { c: [14, 41], i: '71675577320245', p: lastTrade.p, s: 2416, t: lastTrade.t, x: 4 } }),
      min: { av: 37216, c: 20.506, h: 20.506, l: 20.506, o: 20.506, v: 5000, vw: 20.5105 },
      prevDay: { c: 20.63, h: 21, l: 20.5, o: 20.79, v: 292738, vw: 20.6939 },
      todaysChange: -0.124,
      todaysChangePerc: -0.601,
      updated: 1605192894630916600,
    },
  };
}

/** A `/v2/aggs/ticker/{T}/prev` answer. */
export function previousClose(ticker: string, bar: PolygonAggregate | null): Record<string, unknown> {
  return {
    ticker,
    queryCount: bar === null ? 0 : 1,
    resultsCount: bar === null ? 0 : 1,
    adjusted: true,
    ...(bar === null ? {} : { results: [{ T: ticker, ...bar, vw: bar.c }] }),
    status: 'OK',
    request_id: '6a7e466379af0a71039d60cc78e72282',
    count: bar === null ? 0 : 1,
  };
}

/** A `/v3/reference/tickers/{T}` answer around `results`. */
export function tickerDetails(results: Record<string, unknown>): Record<string, unknown> {
  return { request_id: '31d59dda-80e5-4721-8496-d0d32a654afe', results, status: 'OK' };
}

/** Apple's ticker details, as in Polygon's documentation of `/v3/reference/tickers/{ticker}`. */
export const APPLE_DETAILS: Readonly<Record<string, unknown>> = {
  ticker: 'AAPL',
  name: 'Apple Inc.',
  market: 'stocks',
  locale: 'us',
  primary_exchange: 'XNAS',
  type: 'CS',
  active: true,
  currency_name: 'usd',
  cik: '0000320193',
  composite_figi: 'BBG000B9XRY4',
  share_class_figi: 'BBG001S5N8V8',
  market_cap: 2_771_126_040_150,
  phone_number: '(408) 996-1010',
  address: { address1: 'One Apple Park Way', city: 'Cupertino', state: 'CA', postal_code: '95014' },
  description: 'Apple designs a wide variety of consumer electronic devices, including smartphones (iPhone), tablets (iPad), PCs (Mac), ...',
  sic_code: '3571',
  sic_description: 'ELECTRONIC COMPUTERS',
  ticker_root: 'AAPL',
  homepage_url: 'https://www.apple.com',
  total_employees: 154_000,
  list_date: '1980-12-12',
  branding: {
    logo_url: 'https://api.polygon.io/v1/reference/company-branding/d3d3LmFwcGxlLmNvbQ/images/2022-01-10_logo.svg',
    icon_url: 'https://api.polygon.io/v1/reference/company-branding/d3d3LmFwcGxlLmNvbQ/images/2022-01-10_icon.png',
  },
  share_class_shares_outstanding: 16_406_400_000,
  weighted_shares_outstanding: 16_334_371_000,
  round_lot: 100,
};

/** SPY's ticker details: a fund, without market cap or SIC classification. */
export const SPY_DETAILS: Readonly<Record<string, unknown>> = {
  ticker: 'SPY',
  name: 'SPDR S&P 500 ETF Trust',
  market: 'stocks',
  locale: 'us',
  primary_exchange: 'ARCX',
  type: 'ETF',
  active: true,
  currency_name: 'usd',
  cik: '0000884394',
  composite_figi: 'BBG000BDTBL9',
  share_class_figi: 'BBG001S72SM3',
  list_date: '1993-01-29',
  share_class_shares_outstanding: 1_007_582_116,
  round_lot: 100,
};

/** The figures of one period of `/vX/reference/financials` a test sets; the rest of the filing is fixed. */
export interface FiledPeriod {
  readonly fiscal_period: string;
  readonly fiscal_year: string;
  readonly start_date: string;
  readonly end_date: string;
  /** Absent for TTM periods, which Polygon derives from several filings. */
  readonly filing_date?: string;
  readonly basicEps?: number;
  readonly dilutedEps?: number;
  /** Defaults to `USD / shares`. */
  readonly epsUnit?: string;
  readonly revenues?: number;
  readonly netIncome: number;
}

function statementConcept(label: string, value: number, order: number, unit = 'USD'): Record<string, unknown> {
  return { label, value, unit, order };
}

/** One result of `/vX/reference/financials`, with Apple's identifiers and a documented set of statements. */
export function financialPeriod(period: FiledPeriod): Record<string, unknown> {
  const epsUnit = period.epsUnit ?? 'USD / shares';
  return {
    start_date: period.start_date,
    end_date: period.end_date,
    timeframe: period.fiscal_period === 'TTM' ? 'ttm' : 'quarterly',
    fiscal_period: period.fiscal_period,
    fiscal_year: period.fiscal_year,
    cik: '0000320193',
    sic: '3571',
    tickers: ['AAPL'],
    company_name: 'Apple Inc.',
    ...(period.filing_date === undefined
      ? {}
      : {
          filing_date: period.filing_date,
          source_filing_url: 'https://api.polygon.io/v1/reference/sec/filings/0000320193-24-000006',
          source_filing_file_url: 'https://api.polygon.io/v1/reference/sec/filings/0000320193-24-000006/files/aapl-20231230_htm.xml',
        }),
    financials: {
      balance_sheet: {
        assets: statementConcept('Assets', 353_514_000_000, 100),
        liabilities: statementConcept('Liabilities', 279_414_000_000, 600),
        equity: statementConcept('Equity', 74_100_000_000, 1400),
      },
      cash_flow_statement: {
        net_cash_flow_from_operating_activities: statementConcept('Net Cash Flow From Operating Activities', 39_895_000_000, 100),
      },
      comprehensive_income: {
        comprehensive_income_loss: statementConcept('Comprehensive Income/Loss', period.netIncome, 100),
      },
      income_statement: {
        ...(period.revenues === undefined ? {} : { revenues: statementConcept('Revenues', period.revenues, 100) }),
        net_income_loss: statementConcept('Net Income/Loss', period.netIncome, 3200),
        ...(period.basicEps === undefined ? {} : { basic_earnings_per_share: statementConcept('Basic Earnings Per Share', period.basicEps, 4200, epsUnit) }),
        ...(period.dilutedEps === undefined ? {} : { diluted_earnings_per_share: statementConcept('Diluted Earnings Per Share', period.dilutedEps, 4300, epsUnit) }),
      },
    },
  };
}

/** A page of `/vX/reference/financials`. */
export function financialsPage(results: readonly Record<string, unknown>[]): Record<string, unknown> {
  return { count: results.length, request_id: '0a1d6d2f2b3f4b0e8e6c6b7e5f6a1b2c', results, status: 'OK' };
}
