import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { requestLinesSince } from '../http/request-line.test-support.js';
import { useLocalApiServer } from '../http/use-local-api-server.test-support.js';
import { dailyLimitNote, invalidCall } from './alpha-vantage-answers.test-support.js';
import { AlphaVantageProvider } from './alpha-vantage-provider.js';

const KEY = 'AVKEY7Q2Z9';
const api = useLocalApiServer();

function alphaVantage(): AlphaVantageProvider {
  return new AlphaVantageProvider({ apiKey: KEY, baseUrl: api.server.baseUrl, timeoutMs: 2_000, now: () => Date.UTC(2024, 4, 1) });
}

/** An EARNINGS_CALL_TRANSCRIPT answer in Alpha Vantage's format (numbers as text), shortened. */
const IBM_2024Q1 = {
  symbol: 'IBM',
  quarter: '2024Q1',
  transcript: [
    { speaker: 'Operator', title: 'Operator', content: "Welcome, and thank you for standing by. At this time, all participants are in a listen-only mode. Today's conference is being recorded.", sentiment: '0.2' },
    { speaker: 'Olympia McNerney', title: 'Global Head of Investor Relations', content: "Thank you. I'd like to welcome you to IBM's first quarter 2024 earnings presentation.", sentiment: '0.6' },
    { speaker: 'Arvind Krishna', title: 'Chairman and Chief Executive Officer', content: 'We delivered solid revenue growth, expanded operating margins and generated strong free cash flow. Software grew 6 percent.', sentiment: '0.8' },
    { speaker: 'Jim Kavanaugh', title: 'Senior Vice President and Chief Financial Officer', content: 'Consulting revenue was flat, and we now expect consulting growth at the low end of our range.', sentiment: '0.1' },
  ],
};

describe('AlphaVantageProvider.earningsCallTranscript', () => {
  it('asks EARNINGS_CALL_TRANSCRIPT for the symbol and quarter and returns the turns in the order spoken', async () => {
    api.server.answer(() => ({ body: IBM_2024Q1 }));
    const start = api.server.requests.length;
    const transcript = await alphaVantage().earningsCallTranscript('IBM', '2024Q1');
    expect(requestLinesSince(api.server, start)).toEqual([`/query?apikey=${KEY}&function=EARNINGS_CALL_TRANSCRIPT&symbol=IBM&quarter=2024Q1`]);
    expect(transcript.symbol).toBe('IBM');
    expect(transcript.quarter).toBe('2024Q1');
    expect(transcript.source).toBe('alphavantage');
    expect(transcript.turns.map((turn) => [turn.speaker, turn.title])).toEqual([
      ['Operator', 'Operator'],
      ['Olympia McNerney', 'Global Head of Investor Relations'],
      ['Arvind Krishna', 'Chairman and Chief Executive Officer'],
      ['Jim Kavanaugh', 'Senior Vice President and Chief Financial Officer'],
    ]);
    expect(transcript.turns[2].content).toBe('We delivered solid revenue growth, expanded operating margins and generated strong free cash flow. Software grew 6 percent.');
  });

  it('accepts turns without a title or a sentiment', async () => {
    api.server.answer(() => ({ body: { symbol: 'IBM', quarter: '2024Q1', transcript: [{ speaker: 'Analyst', content: 'Congratulations on the quarter.' }] } }));
    expect((await alphaVantage().earningsCallTranscript('IBM', '2024Q1')).turns).toEqual([{ speaker: 'Analyst', title: null, content: 'Congratulations on the quarter.' }]);
  });

  it.each([
    [{ ...IBM_2024Q1, transcript: [{ speaker: 'Operator', title: 'Operator', content: '', sentiment: '0.2' }] }, 'transcript[0].content is "", expected a non-empty string'],
    [{ ...IBM_2024Q1, transcript: [{ title: 'CEO', content: 'Hello.' }] }, 'transcript[0].speaker is missing, expected a non-empty string'],
    [{ ...IBM_2024Q1, transcript: [{ speaker: 'CEO', content: 'Hello.', sentiment: 'upbeat' }] }, 'transcript[0].sentiment is "upbeat", expected a decimal number as text'],
    [{ ...IBM_2024Q1, transcript: 'none' }, 'transcript is "none", expected an array'],
    [{ ...IBM_2024Q1, symbol: 'MSFT' }, 'symbol is "MSFT", expected IBM'],
    [{ ...IBM_2024Q1, quarter: '2023Q4' }, 'quarter is "2023Q4", expected 2024Q1'],
  ])('refuses a malformed answer, naming the field (%#)', async (body, problem) => {
    api.server.answer(() => ({ body }));
    const error = await alphaVantage().earningsCallTranscript('IBM', '2024Q1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ kind: 'bad-response', message: `alphavantage: earnings call of IBM 2024Q1: unexpected answer: ${problem}` });
  });

  it('reports an empty transcript and an unknown symbol as not-found, and the spent daily budget as rate-limited', async () => {
    api.server.answer(() => ({ body: { symbol: 'IBM', quarter: '2009Q1', transcript: [] } }));
    await expect(alphaVantage().earningsCallTranscript('IBM', '2009Q1')).rejects.toMatchObject({ kind: 'not-found', message: 'alphavantage: earnings call of IBM 2009Q1: Alpha Vantage has no transcript of the 2009Q1 earnings call of IBM' });
    api.server.answer(() => ({ body: invalidCall('EARNINGS_CALL_TRANSCRIPT') }));
    await expect(alphaVantage().earningsCallTranscript('ZZZZQ', '2024Q1')).rejects.toMatchObject({ kind: 'not-found' });
    api.server.answer(() => ({ body: dailyLimitNote(KEY) }));
    const limited = await alphaVantage().earningsCallTranscript('IBM', '2024Q1').catch((caught: unknown) => caught);
    expect(limited).toMatchObject({ kind: 'rate-limited' });
    expect(String((limited as Error).message)).not.toContain(KEY);
  });

  it('refuses a quarter that is not YYYYQn without asking', async () => {
    const start = api.server.requests.length;
    await expect(alphaVantage().earningsCallTranscript('IBM', '2024-Q1')).rejects.toMatchObject({ kind: 'bad-request', message: 'alphavantage: earnings call of IBM 2024-Q1: quarter must be a fiscal quarter such as 2024Q1, got "2024-Q1"' });
    expect(api.server.requests.length).toBe(start);
  });
});
