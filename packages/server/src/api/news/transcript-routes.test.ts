import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import '../../auth/route-role.js';
import { createBaseApp } from '../../app/create-base-app.js';
import { routeRoles, watchRouteRoles } from '../../app/route-roles.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { AlphaVantageProvider } from '../../market-data/providers/alpha-vantage/alpha-vantage-provider.js';
import { useLocalApiServer } from '../../market-data/providers/http/use-local-api-server.test-support.js';
import { useNewsTable } from '../../news/news-table.test-support.js';
import { wordListScorer } from '../../news/word-list-scorer.test-support.js';
import { storedNewsInputs } from '../../news/stored-news-inputs.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { NewsRepository } from '../../storage/repositories/news-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { TranscriptService } from '../../transcripts/transcript-service.js';
import { transcriptRoutes } from './transcript-routes.js';

const NOW = Date.UTC(2024, 4, 1);
const HELD = '2024-04-24T21:00:00.000Z';
const UPLOAD = [
  'Operator: Welcome to the first quarter earnings call.',
  'Tim Cook (Chief Executive Officer): We delivered record revenue and strong growth in services.',
  'Luca Maestri (CFO): Gross margin improved, and profit rose sharply.',
  'Analyst: Congratulations on the strong quarter.',
].join('\n');
const IBM_2024Q1 = {
  symbol: 'IBM',
  quarter: '2024Q1',
  transcript: [
    { speaker: 'Operator', title: 'Operator', content: 'Welcome, and thank you for standing by.', sentiment: '0.2' },
    { speaker: 'Arvind Krishna', title: 'Chairman and CEO', content: 'We delivered solid revenue growth and strong free cash flow.', sentiment: '0.8' },
    { speaker: 'Jim Kavanaugh', title: 'CFO', content: 'Consulting revenue declined, and we lowered the consulting outlook.', sentiment: '0.1' },
  ],
};

interface Report {
  symbol: string;
  quarter: string;
  source: string;
  heldAt: string;
  passages: number;
  stored: number;
  duplicate: boolean;
}

describeStorage('transcript routes', (context) => {
  useNewsTable(context);
  const api = useLocalApiServer();
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(fetching = true): Promise<FastifyInstance> {
    const chain = new ProviderChain({
      providers: [new AlphaVantageProvider({ apiKey: 'AVKEY', baseUrl: api.server.baseUrl, timeoutMs: 2_000, now: () => NOW })],
      barRepository: new BarRepository(context.database.db),
      retry: { maxAttempts: 1 },
    });
    const transcripts = new TranscriptService({ database: context.database, scorer: wordListScorer(), chain: fetching ? chain : undefined, now: () => NOW });
    app = await createBaseApp();
    watchRouteRoles(app);
    await app.register(transcriptRoutes, { prefix: '/api/v1', transcripts });
    return app;
  }

  it('stores an uploaded transcript as scored passages dated when the call was held, once, for the earnings-call agent', async () => {
    const server = await start();
    const first = await server.inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'aapl', quarter: '2024Q2', heldAt: HELD, text: UPLOAD } });
    expect(first.statusCode).toBe(201);
    expect(first.json<Report>()).toEqual({ symbol: 'AAPL', quarter: '2024Q2', source: 'upload', heldAt: HELD, passages: 3, stored: 3, duplicate: false });
    const again = await server.inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'AAPL', quarter: '2024Q2', heldAt: HELD, text: `${UPLOAD}\nAnother Analyst: One more question.` } });
    expect(again.statusCode).toBe(200);
    expect(again.json<Report>()).toMatchObject({ passages: 4, stored: 0, duplicate: true });

    const passages = [...(await new NewsRepository(context.database.db).list('AAPL', null, 50, 'earnings_call')).items].reverse();
    expect(passages.map((passage) => [passage.title, passage.summary, passage.publisher, passage.source])).toEqual([
      ['We delivered record revenue and strong growth in services.', 'Tim Cook, Chief Executive Officer', 'AAPL 2024Q2 earnings call', 'upload'],
      ['Gross margin improved, and profit rose sharply.', 'Luca Maestri, CFO', 'AAPL 2024Q2 earnings call', 'upload'],
      ['Congratulations on the strong quarter.', 'Analyst', 'AAPL 2024Q2 earnings call', 'upload'],
    ]);
    expect(passages.every((passage) => passage.sentiment.score > 0 && passage.scorerId === 'finance-word-list')).toBe(true);
    expect(passages.map((passage) => passage.publishedAt - Date.parse(HELD))).toEqual([0, 1, 2]);
    const inputs = await storedNewsInputs(context.database)({ symbol: 'AAPL', from: NOW - 86_400_000, to: NOW });
    expect(inputs.earningsCalls?.map((text) => text.text)).toEqual(passages.map((passage) => passage.title));
  });

  it('fetches the transcript from Alpha Vantage when no text is given, and does not ask again for a stored call', async () => {
    const server = await start();
    api.server.answer(() => ({ body: IBM_2024Q1 }));
    const before = api.server.requests.length;
    const fetched = await server.inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'IBM', quarter: '2024Q1', heldAt: HELD } });
    expect(fetched.statusCode).toBe(201);
    expect(fetched.json<Report>()).toEqual({ symbol: 'IBM', quarter: '2024Q1', source: 'alphavantage', heldAt: HELD, passages: 2, stored: 2, duplicate: false });
    const stored = (await new NewsRepository(context.database.db).list('IBM', null, 50, 'earnings_call')).items;
    expect(stored.map((passage) => [passage.summary, passage.sentiment.score > 0 ? '+' : passage.sentiment.score < 0 ? '-' : '0']).reverse()).toEqual([
      ['Arvind Krishna, Chairman and CEO', '+'],
      ['Jim Kavanaugh, CFO', '-'],
    ]);
    const again = await server.inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'IBM', quarter: '2024Q1', heldAt: HELD } });
    expect(again.json<Report>()).toMatchObject({ source: 'stored', stored: 0, duplicate: true });
    expect(api.server.requests.length - before).toBe(1);
  });

  it('answers 404 for a quarter the provider has no transcript of, and 501 when transcripts cannot be fetched', async () => {
    api.server.answer(() => ({ body: { symbol: 'IBM', quarter: '2009Q1', transcript: [] } }));
    const missing = await (await start()).inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'IBM', quarter: '2009Q1', heldAt: HELD } });
    expect([missing.statusCode, missing.json<{ code: string }>().code]).toEqual([404, 'GS_ERR_NOT_FOUND']);
    await app?.close();
    const uploadOnly = await (await start(false)).inject({ method: 'POST', url: '/api/v1/news/transcripts', payload: { symbol: 'IBM', quarter: '2024Q1', heldAt: HELD } });
    expect([uploadOnly.statusCode, uploadOnly.json<{ code: string }>().code]).toEqual([501, 'GS_ERR_NOT_IMPLEMENTED']);
  });

  it('answers 400 naming the field for a bad quarter, time, symbol, a call in the future or a text without passages', async () => {
    const server = await start();
    const cases: [Record<string, unknown>, string][] = [
      [{ symbol: 'AAPL', quarter: '2024-Q1', heldAt: HELD, text: UPLOAD }, 'quarter'],
      [{ symbol: 'AAPL', quarter: '2024Q1', heldAt: 'yesterday', text: UPLOAD }, 'heldAt'],
      [{ symbol: 'AA PL', quarter: '2024Q1', heldAt: HELD, text: UPLOAD }, 'symbol'],
      [{ quarter: '2024Q1', heldAt: HELD, text: UPLOAD }, 'symbol'],
      [{ symbol: 'AAPL', quarter: '2024Q1', heldAt: '2024-06-01T00:00:00Z', text: UPLOAD }, 'body.heldAt'],
      [{ symbol: 'AAPL', quarter: '2024Q1', heldAt: HELD, text: 'Operator: Please hold.' }, 'body.text'],
      [{ symbol: 'AAPL', quarter: '2024Q1', heldAt: HELD, text: UPLOAD, speakers: 3 }, 'speakers'],
    ];
    for (const [payload, field] of cases) {
      const answer = await server.inject({ method: 'POST', url: '/api/v1/news/transcripts', payload });
      expect(answer.statusCode, field).toBe(400);
      expect(answer.json<{ code: string; message: string }>(), field).toMatchObject({ code: 'GS_ERR_VALIDATION', message: expect.stringContaining(field) });
    }
    expect((await new NewsRepository(context.database.db).list(null, null, 50, 'earnings_call')).items).toEqual([]);
  });

  it('is for traders', async () => {
    const server = await start();
    await server.ready();
    expect(routeRoles(server)).toEqual([{ method: 'POST', url: '/api/v1/news/transcripts', role: 'trader' }]);
  });
});
