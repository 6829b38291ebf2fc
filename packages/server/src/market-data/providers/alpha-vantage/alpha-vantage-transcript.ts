import type { EarningsCallTranscript, EarningsCallTurn } from '../../earnings-call-transcript.js';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { alphaVantageBody } from './alpha-vantage-body.js';

/**
 * The turns of an EARNINGS_CALL_TRANSCRIPT answer (`{ symbol, quarter, transcript: [{ speaker, title, content,
 * sentiment }] }`) in the order spoken. The answer must be about the symbol and quarter asked; every turn needs a
 * speaker and its words, and a `sentiment`, when present, must be a number as text (Alpha Vantage's own score,
 * which is checked but not used: passages are scored by the configured scorer, like news). An empty transcript is
 * how Alpha Vantage answers a quarter it has none for: not-found.
 */
export function readAlphaVantageTranscript(client: JsonHttpClient, symbol: string, quarter: string, body: unknown): EarningsCallTranscript {
  const what = `earnings call of ${symbol} ${quarter}`;
  const reader = client.reader(what);
  const root = alphaVantageBody(client, what, body, symbol);
  const answeredSymbol = reader.string(root, 'symbol', '');
  if (answeredSymbol.toUpperCase() !== symbol.toUpperCase()) throw reader.problem('symbol', `is "${answeredSymbol}", expected ${symbol}`);
  const answeredQuarter = reader.string(root, 'quarter', '');
  if (answeredQuarter.toUpperCase() !== quarter.toUpperCase()) throw reader.problem('quarter', `is "${answeredQuarter}", expected ${quarter}`);
  const turns = reader.arrayField(root, 'transcript', '').map((value, i): EarningsCallTurn => {
    const at = `transcript[${i}]`;
    const row = reader.object(value, at);
    reader.optionalDecimal(row, 'sentiment', at);
    return { speaker: reader.string(row, 'speaker', at).trim(), title: reader.optionalString(row, 'title', at)?.trim() || null, content: reader.string(row, 'content', at).trim() };
  });
  if (turns.length === 0) throw client.error('not-found', what, `Alpha Vantage has no transcript of the ${quarter} earnings call of ${symbol}`);
  return { symbol: symbol.toUpperCase(), quarter: quarter.toUpperCase(), turns, source: 'alphavantage' };
}
