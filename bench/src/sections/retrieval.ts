import { performance } from 'node:perf_hooks';
import { HashingEmbedder, measureRecall, openDatabase, RetrievalService, type Database } from '@goldensignals/server';
import { percentile, progress, round } from '../measure.js';

const ROWS = 5_000;
const QUERIES = 100;
const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'TSLA', 'AMZN', 'META', 'GOOG', 'SPY', 'QQQ', 'BTC-USD', 'ETH-USD', 'XOM', 'JPM', 'EURUSD=X'];
const INDICATORS = ['RSI(14)', 'MACD histogram', 'ADX', 'ATR', 'stochastic %K', 'Bollinger %B', 'on-balance volume', 'VWAP distance', 'CCI', 'Williams %R'];
const VERBS = ['rose to', 'fell to', 'crossed above', 'crossed below', 'held near', 'diverged from price at'];
const CONTEXT = ['on heavy volume', 'after earnings', 'ahead of the Fed decision', 'in a strong uptrend', 'in a choppy range', 'near support', 'near resistance', 'after a gap down'];

/** A deterministic pseudo-random sequence (mulberry32), so every run indexes the same passages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

/** A signal-reasoning-like sentence pair. */
function passage(next: () => number): { symbol: string; text: string } {
  const symbol = pick(next, SYMBOLS);
  const first = `${pick(next, INDICATORS)} on ${symbol} ${pick(next, VERBS)} ${round(next() * 100, 1)} ${pick(next, CONTEXT)}.`;
  const second = `${pick(next, INDICATORS)} ${pick(next, VERBS)} ${round(next() * 100, 1)}, so the agent votes ${pick(next, ['BUY', 'SELL', 'HOLD'])} at ${Math.round(next() * 100)}% confidence.`;
  return { symbol, text: `${first} ${second}` };
}

async function timeSearches(service: RetrievalService, questions: readonly string[]): Promise<{ p50Ms: number; p95Ms: number; ids: string[][] }> {
  for (const question of questions.slice(0, 10)) await service.search(question, { userId: null }); // warm-up
  const times: number[] = [];
  const ids: string[][] = [];
  for (const question of questions) {
    const start = performance.now();
    const items = await service.search(question, { userId: null, k: 5 });
    times.push(performance.now() - start);
    ids.push(items.map((item) => `${item.id}#${item.text}`));
  }
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), ids };
}

/** Share of the exact top-5 that the index search returned too (the approximate index's own recall). */
function overlap(indexed: readonly string[][], exact: readonly string[][]): number {
  let found = 0;
  let total = 0;
  exact.forEach((expected, i) => {
    total += expected.length;
    found += expected.filter((id) => indexed[i].includes(id)).length;
  });
  return total === 0 ? 1 : round(found / total, 3);
}

/**
 * Retrieval with the built-in hashing embedder on embedded PGlite with pgvector: recall@5 on the built-in
 * evaluation set, then search latency over 5,000 signal-like passages through the HNSW index and by exact
 * comparison of every row (the fallback without pgvector), and how many of the exact top 5 the index finds.
 */
export async function retrieval(): Promise<object> {
  const database: Database = await openDatabase({ memory: true });
  try {
    const embedder = new HashingEmbedder();
    const evaluation = await RetrievalService.open({ database, embedder });
    const recall = await measureRecall(evaluation);
    progress(`retrieval: recall@5 ${round(recall.recallAtK, 3)}; indexing ${ROWS} passages`);
    const next = random(42);
    const indexStart = performance.now();
    for (let i = 0; i < ROWS; i += 1) {
      const { symbol, text } = passage(next);
      await evaluation.indexText('signal', `bench-${i}`, null, { title: `signal ${symbol}`, text });
    }
    const indexMs = performance.now() - indexStart;
    const questions = Array.from({ length: QUERIES }, () => `${pick(next, INDICATORS)} on ${pick(next, SYMBOLS)} ${pick(next, CONTEXT)}`);
    progress(`retrieval: ${QUERIES} searches with the HNSW index, then exact`);
    const indexed = await timeSearches(evaluation, questions);
    const exactService = await RetrievalService.open({ database, embedder, exactSearch: true });
    const exact = await timeSearches(exactService, questions);
    const status = await evaluation.status();
    return {
      embedder: recall.embedder,
      recallAt5: round(recall.recallAtK, 3),
      questions: recall.questions,
      search: status.search,
      index: status.index,
      rows: status.rows,
      indexingMsPerPassage: round(indexMs / ROWS, 2),
      searchWithIndex: { p50Ms: indexed.p50Ms, p95Ms: indexed.p95Ms },
      searchExactRealArray: { p50Ms: exact.p50Ms, p95Ms: exact.p95Ms, note: 'the path of PostgreSQL without pgvector: every row of the model compared in SQL' },
      indexRecallOfExactTop5: overlap(indexed.ids, exact.ids),
      note: 'embedded PGlite (pgvector HNSW, cosine) in this process; passages are template sentences, so the latency matters more than the overlap',
    };
  } finally {
    await database.close();
  }
}
