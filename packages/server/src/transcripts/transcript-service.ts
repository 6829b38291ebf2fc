import { createHash } from 'node:crypto';
import type { SentimentScore } from '@goldensignals/engine';
import type { AsyncSentimentScorer } from '../ai/sentiment/async-sentiment-scorer.js';
import type { SourcedData } from '../market-data/chain/sourced-data.js';
import { FISCAL_QUARTER, type EarningsCallTranscript } from '../market-data/earnings-call-transcript.js';
import { checkSentimentScores } from '../news/check-sentiment-scores.js';
import type { Database } from '../storage/database.js';
import { NewsRepository, type NewNewsItem } from '../storage/repositories/news-repository.js';
import { parseTranscriptText } from './parse-transcript-text.js';
import { TranscriptInputError } from './transcript-input-error.js';
import { transcriptPassages, type TranscriptPassage } from './transcript-passages.js';

/** The part of the provider chain transcripts need (`ProviderChain` has it). */
export interface TranscriptChain {
  earningsCallTranscript(symbol: string, quarter: string, signal?: AbortSignal): Promise<SourcedData<EarningsCallTranscript>>;
}

/** Options of {@link TranscriptService}. */
export interface TranscriptServiceOptions {
  readonly database: Database;
  /** The configured sentiment scorer; its id is stored with every score. */
  readonly scorer: AsyncSentimentScorer;
  /** Where transcripts are fetched (Alpha Vantage through the chain); without it only uploads are taken. */
  readonly chain?: TranscriptChain;
  /** Passages per `scoreMany` call; default 32. */
  readonly scoreBatchSize?: number;
  readonly now?: () => number;
}

/** Which call: the symbol, its fiscal quarter, and when the call was held (what the agent sees it from). */
export interface TranscriptRequest {
  readonly symbol: string;
  /** `2024Q1`. */
  readonly quarter: string;
  /** When the call was held, epoch ms; not in the future. */
  readonly heldAt: number;
}

/** What storing a call did. */
export interface TranscriptReport {
  readonly symbol: string;
  readonly quarter: string;
  /** `upload`, or the provider that answered. */
  readonly source: string;
  readonly heldAt: number;
  /** Passages the call was split into (speaker turns, long ones in parts; the operator's left out). */
  readonly passages: number;
  /** Passages stored now: all of them, or none when the call was stored before. */
  readonly stored: number;
  /** The call of this symbol and quarter was stored already (by an upload or a fetch); nothing was added. */
  readonly duplicate: boolean;
}

/** The title hash of passage `index` of a call: one key per symbol, quarter and place, whatever its source. */
function passageHash(quarter: string, index: number): string {
  return createHash('sha256').update(`earnings_call\n${quarter}\n${index}`).digest('hex');
}

function speakerLine(passage: TranscriptPassage): string {
  const who = passage.title === null ? passage.speaker : `${passage.speaker}, ${passage.title}`;
  return passage.parts > 1 ? `${who} (part ${passage.part} of ${passage.parts})` : who;
}

/**
 * Earnings-call transcripts, uploaded as text or fetched from a provider: split into passages (speaker turns),
 * each scored by the configured scorer and stored as `earnings_call` items of the symbol, dated when the call
 * was held, for the earnings-call agent (see `storedNewsInputs`). A call is stored once per symbol and quarter:
 * the passages' keys are the quarter and their place, so a second upload or fetch of it adds nothing.
 */
export class TranscriptService {
  private readonly repository: NewsRepository;
  private readonly now: () => number;

  constructor(private readonly options: TranscriptServiceOptions) {
    this.repository = new NewsRepository(options.database.db);
    this.now = options.now ?? Date.now;
  }

  /** Whether transcripts can be fetched (a chain was given). */
  get canFetch(): boolean {
    return this.options.chain !== undefined;
  }

  /** Stores an uploaded transcript; throws a {@link TranscriptInputError} for one without any words. */
  async upload(request: TranscriptRequest & { readonly text: string }): Promise<TranscriptReport> {
    this.check(request);
    const turns = parseTranscriptText(request.text);
    if (transcriptPassages(turns).length === 0) throw new TranscriptInputError('text', 'holds no passage to score (only empty or operator turns)');
    return this.store({ symbol: request.symbol.toUpperCase(), quarter: request.quarter, turns, source: 'upload' }, request.heldAt, false);
  }

  /** Fetches the call from the providers that have transcripts and stores it; a call stored already is not fetched. */
  async fetch(request: TranscriptRequest, signal?: AbortSignal): Promise<TranscriptReport> {
    this.check(request);
    const { chain } = this.options;
    if (chain === undefined) throw new Error('no market data chain: transcripts can only be uploaded');
    const symbol = request.symbol.toUpperCase();
    if (await this.stored(symbol, request.quarter)) return { symbol, quarter: request.quarter, source: 'stored', heldAt: request.heldAt, passages: 0, stored: 0, duplicate: true };
    const answer = await chain.earningsCallTranscript(symbol, request.quarter, signal);
    return this.store(answer.data, request.heldAt, answer.simulated);
  }

  private check(request: TranscriptRequest): void {
    if (!FISCAL_QUARTER.test(request.quarter)) throw new TranscriptInputError('quarter', `must be a fiscal quarter such as 2024Q1, got "${request.quarter}"`);
    if (!Number.isFinite(request.heldAt) || request.heldAt > this.now()) throw new TranscriptInputError('heldAt', 'must be a time that has passed: a call is known only once it was held');
  }

  private async stored(symbol: string, quarter: string): Promise<boolean> {
    return (await this.repository.knownKeys(symbol, [], [passageHash(quarter, 0)], 'earnings_call')).titleHashes.size > 0;
  }

  private async store(transcript: EarningsCallTranscript, heldAt: number, simulated: boolean): Promise<TranscriptReport> {
    const { symbol, quarter, source } = transcript;
    const passages = transcriptPassages(transcript.turns);
    const report = { symbol, quarter, source, heldAt, passages: passages.length };
    if (passages.length === 0 || (await this.stored(symbol, quarter))) return { ...report, stored: 0, duplicate: true };
    const scores = await this.score(passages.map((passage) => passage.text));
    const items: NewNewsItem[] = passages.map((passage, index) => ({
      symbol,
      kind: 'earnings_call',
      title: passage.text,
      summary: speakerLine(passage),
      url: null,
      urlKey: null,
      titleHash: passageHash(quarter, index),
      publisher: `${symbol} ${quarter} earnings call`,
      source,
      // A millisecond apart, so the passages list in the order spoken.
      publishedAt: heldAt + index,
      simulated,
      sentiment: scores[index],
      scorerId: this.options.scorer.id,
    }));
    // One INSERT (a call has far fewer passages than a chunk), so a concurrent store of the same call adds nothing.
    const stored = await this.repository.insertMany(items);
    return { ...report, stored, duplicate: stored === 0 };
  }

  /** Every passage scored, or an error (nothing half-scored is stored). */
  private async score(texts: readonly string[]): Promise<readonly SentimentScore[]> {
    const { scorer } = this.options;
    const size = Math.max(1, this.options.scoreBatchSize ?? 32);
    const scores: SentimentScore[] = [];
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size);
      scores.push(...checkSentimentScores(scorer.id, batch, await scorer.scoreMany(batch)));
    }
    return scores;
  }
}
