/** Answers in Alpha Vantage's documented formats (every number as text), for tests against the local API server. */

/** One series row: key, then open, high, low, close, volume as Alpha Vantage writes them. */
export type SeriesRow = readonly [key: string, open: string, high: string, low: string, close: string, volume: string];

function series(rows: readonly SeriesRow[]): Record<string, Record<string, string>> {
  return Object.fromEntries(rows.map(([key, open, high, low, close, volume]) => [key, { '1. open': open, '2. high': high, '3. low': low, '4. close': close, '5. volume': volume }]));
}

/** A TIME_SERIES_INTRADAY answer; rows newest first, as Alpha Vantage orders them. */
export function intradayAnswer(symbol: string, interval: string, rows: readonly SeriesRow[], zone = 'US/Eastern'): Record<string, unknown> {
  return {
    'Meta Data': {
      '1. Information': `Intraday (${interval}) open, high, low, close prices and volume`,
      '2. Symbol': symbol,
      '3. Last Refreshed': rows[0]?.[0] ?? '',
      '4. Interval': interval,
      '5. Output Size': 'Full size',
      '6. Time Zone': zone,
    },
    [`Time Series (${interval})`]: series(rows),
  };
}

/** A TIME_SERIES_DAILY answer. */
export function dailyAnswer(symbol: string, rows: readonly SeriesRow[]): Record<string, unknown> {
  return {
    'Meta Data': {
      '1. Information': 'Daily Prices (open, high, low, close) and Volumes',
      '2. Symbol': symbol,
      '3. Last Refreshed': rows[0]?.[0] ?? '',
      '4. Output Size': 'Compact',
      '5. Time Zone': 'US/Eastern',
    },
    'Time Series (Daily)': series(rows),
  };
}

/** A TIME_SERIES_WEEKLY answer (keys: each week's last trading day). */
export function weeklyAnswer(symbol: string, rows: readonly SeriesRow[]): Record<string, unknown> {
  return {
    'Meta Data': {
      '1. Information': 'Weekly Prices (open, high, low, close) and Volumes',
      '2. Symbol': symbol,
      '3. Last Refreshed': rows[0]?.[0] ?? '',
      '4. Time Zone': 'US/Eastern',
    },
    'Weekly Time Series': series(rows),
  };
}

/** The body Alpha Vantage answers (with HTTP 200) when the daily budget of `key` is spent; it echoes the key. */
export function dailyLimitNote(key: string): Record<string, string> {
  return {
    Information: `Thank you for using Alpha Vantage! We have detected your API key as ${key} and our standard API rate limit is 25 requests per day. Please subscribe to any of the premium plans at https://www.alphavantage.co/premium/ to instantly remove all daily rate limits.`,
  };
}

/** The body Alpha Vantage answers to an unknown symbol. */
export function invalidCall(functionName: string): Record<string, string> {
  return { 'Error Message': `Invalid API call. Please retry or visit the documentation (https://www.alphavantage.co/documentation/) for ${functionName}.` };
}
