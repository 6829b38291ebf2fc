import { AppError } from '../../errors/app-error.js';
import type { Database } from '../../storage/database.js';
import { BacktestRepository, type Backtest } from '../../storage/repositories/backtest-repository.js';
import { DocumentRepository, type AiDocument } from '../../storage/repositories/document-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { EmbeddingRepository, HNSW_MAX_DIMENSIONS, type EmbeddedChunk, type VectorSupport } from '../../storage/repositories/embedding-repository.js';
import type { DocumentContentType } from '../../storage/schema/ai-documents.js';
import { RETRIEVAL_KINDS, type RetrievalKind } from '../../storage/schema/embeddings.js';
import { backtestText } from './backtest-text.js';
import { chunkText } from './chunk-text.js';
import { documentPassages } from './document-passages.js';
import { embedderKey, type Embedder, type EmbedderSource } from './embedder.js';
import { newsText, type IndexableNews } from './news-text.js';
import { normalizeVector } from './normalize-vector.js';
import { signalText, type IndexableSignal } from './signal-text.js';
import type { SourceText } from './source-text.js';

/** Options of {@link RetrievalService.open}. */
export interface RetrievalServiceOptions {
  readonly database: Database;
  readonly embedder: Embedder;
  /** Why this embedder is in use (from createEmbedder), shown in the status. */
  readonly embedderNote?: string;
  /** Told once at start how search works here (pgvector with an index, or exact). */
  readonly log?: (message: string) => void;
  /** Compare every row even where pgvector is available (benchmarks, checking the index's recall). */
  readonly exactSearch?: boolean;
}

/** One search result, as `GET /api/v1/ai/search` answers it. */
export interface RetrievalItem {
  readonly kind: RetrievalKind;
  /** Id of the signal, news item, backtest or document. */
  readonly id: string;
  readonly title: string;
  /** The passage that matched. */
  readonly text: string;
  /** Cosine similarity of passage and question (1 = same direction). */
  readonly score: number;
}

/** What to search and for whom. */
export interface RetrievalQuery {
  /** Whose documents and backtests may be found (`null`: the owner of an install without accounts). */
  readonly userId: string | null;
  /** Results wanted (default 5). */
  readonly k?: number;
  /** Kinds searched (default all). */
  readonly kinds?: readonly RetrievalKind[];
}

/** How retrieval works here, for `/api/v1/ai/status` and the logs. */
export interface RetrievalStatus {
  readonly source: EmbedderSource;
  readonly model: string;
  readonly dimensions: number;
  /** `hnsw`: pgvector's approximate index; `exact`: every row of the model compared (pgvector absent or too many dimensions). */
  readonly search: 'hnsw' | 'exact';
  readonly index: string | null;
  /** Why this embedder and this search. */
  readonly note: string;
  /** Passages embedded by the current model. */
  readonly rows: number;
  /** Passages embedded by other models: not searched until re-embedded. */
  readonly staleRows: number;
}

/** An uploaded document as indexing takes it. */
export interface DocumentUpload {
  readonly userId: string | null;
  readonly name: string;
  readonly contentType: DocumentContentType;
  readonly data: Uint8Array;
}

/** Texts embedded per call while indexing (the embedders batch further as they need). */
const EMBED_BATCH = 64;

/** Rows written on PGlite before its planner statistics are refreshed (beyond a tenth of the table, as autovacuum would). */
const ANALYZE_AFTER_ROWS = 500;

/**
 * Retrieval over PostgreSQL: indexes documents, signals' reasoning, news and backtest reports as
 * embedded passages, and finds the passages nearest to a question among those the caller may read.
 * Only rows of the current embedder are searched; {@link reembedStale} moves older rows over.
 */
export class RetrievalService {
  /** Rows written since the planner statistics were refreshed, and the table's size then (PGlite only). */
  private written = 0;
  private analyzedRows = 0;

  private constructor(
    private readonly database: Database,
    readonly embedder: Embedder,
    private readonly support: VectorSupport,
    private readonly index: string | null,
    private readonly note: string,
  ) {}

  /** Detects pgvector, creates the HNSW index for the embedder's dimensions where it can, and logs how search works. */
  static async open(options: RetrievalServiceOptions): Promise<RetrievalService> {
    const repository = new EmbeddingRepository(options.database.db);
    const detected = await repository.vectorSupport();
    const support: VectorSupport = options.exactSearch === true ? { available: false, reason: 'exact search was asked for' } : detected;
    const index = await repository.ensureHnswIndex(support, options.embedder.dimensions);
    let searchNote: string;
    if (index !== null && support.available) searchNote = `pgvector ${support.version}: HNSW index ${index} (cosine) over ${options.embedder.dimensions}-dimension vectors`;
    else if (support.available) searchNote = `pgvector ${support.version}, but its HNSW index takes at most ${HNSW_MAX_DIMENSIONS} dimensions: exact search over ${options.embedder.dimensions}-dimension vectors`;
    else searchNote = `exact cosine search over real[] rows: ${support.reason}`;
    const note = `${options.embedderNote ?? `${options.embedder.id} embedder ${options.embedder.model}`}; ${searchNote}`;
    options.log?.(`retrieval: ${note}`);
    const service = new RetrievalService(options.database, options.embedder, support, index, note);
    // Statistics of an earlier run may be stale, or missing altogether.
    if (options.database.kind === 'pglite') await service.refreshStatistics();
    return service;
  }

  /** Which embedder searches use, as `GET /api/v1/ai/status` shows it. */
  embedderSummary(): { source: EmbedderSource; model: string; dimensions: number } {
    return { source: this.embedder.id, model: this.embedder.model, dimensions: this.embedder.dimensions };
  }

  /** The embedder, the search method and how many passages each model holds. */
  async status(): Promise<RetrievalStatus> {
    const key = embedderKey(this.embedder);
    const counts = await new EmbeddingRepository(this.database.db).modelCounts();
    const rows = counts.filter((count) => count.model === key).reduce((sum, count) => sum + count.rows, 0);
    const all = counts.reduce((sum, count) => sum + count.rows, 0);
    return {
      source: this.embedder.id,
      model: this.embedder.model,
      dimensions: this.embedder.dimensions,
      search: this.index === null ? 'exact' : 'hnsw',
      index: this.index,
      note: this.note,
      rows,
      staleRows: all - rows,
    };
  }

  /** The `k` passages nearest to the question, best first. */
  async search(question: string, query: RetrievalQuery): Promise<RetrievalItem[]> {
    const [vector] = await this.embedder.embed([question]);
    const unit = normalizeVector(vector);
    // A question without content words (hashing) has no direction: nothing is nearer than anything else.
    if (unit === null) return [];
    const matches = await new EmbeddingRepository(this.database.db).search(
      { model: embedderKey(this.embedder), vector: unit, k: query.k ?? 5, kinds: query.kinds ?? RETRIEVAL_KINDS, userId: query.userId },
      this.support,
    );
    return matches.map((match) => ({ kind: match.kind, id: match.sourceId, title: match.title, text: match.content, score: match.score }));
  }

  /** Extracts, chunks and embeds an upload, then records the document with its passages in one transaction. */
  async indexDocument(upload: DocumentUpload): Promise<AiDocument> {
    const passages = await documentPassages(upload.contentType, upload.data);
    const chunks = await this.embedPassages(upload.name, passages);
    if (chunks.length === 0) throw new AppError('GS_ERR_NOT_ENOUGH_DATA', 'nothing to index: the document has no words to search by');
    const document = await this.database.transaction(async (tx) => {
      const document = await new DocumentRepository(tx).create({ userId: upload.userId, name: upload.name, contentType: upload.contentType, bytes: upload.data.length, chunks: chunks.length });
      await new EmbeddingRepository(tx).replace({ kind: 'document', sourceId: document.id, userId: upload.userId, documentId: document.id, title: upload.name }, embedderKey(this.embedder), chunks);
      return document;
    });
    await this.wrote(chunks.length);
    return document;
  }

  /** A user's documents, newest first. */
  async listDocuments(userId: string | null): Promise<AiDocument[]> {
    return new DocumentRepository(this.database.db).listForUser(userId);
  }

  /** Deletes a user's document and its passages; false when they own no such document. */
  async deleteDocument(id: string, userId: string | null): Promise<boolean> {
    return new DocumentRepository(this.database.db).delete(id, userId);
  }

  /** Indexes (or re-indexes) a stored signal's summary and its agents' reasoning; signals are visible to every account. */
  async indexSignal(signal: IndexableSignal): Promise<void> {
    await this.indexText('signal', signal.id, null, signalText(signal));
  }

  /** Loads a stored signal with its votes and indexes it; false when there is no such signal. */
  async indexSignalById(id: string): Promise<boolean> {
    const signal = await new SignalRepository(this.database.db).byId(id);
    if (signal === null) return false;
    await this.indexSignal(signal);
    return true;
  }

  /** Indexes (or re-indexes) a news item; news is visible to every account. */
  async indexNews(item: IndexableNews): Promise<void> {
    await this.indexText('news', item.id, null, newsText(item));
  }

  /** Indexes (or re-indexes) a finished backtest's report for its owner. */
  async indexBacktest(backtest: Pick<Backtest, 'id' | 'userId' | 'request' | 'result'>): Promise<void> {
    await this.indexText('backtest', backtest.id, backtest.userId, backtestText(backtest));
  }

  /**
   * Indexes up to `limit` completed backtests that the current model has not indexed yet, newest first;
   * returns how many. A sweep rather than a hook, so backtests finished by queue workers on other machines,
   * or while this node was down, are indexed too.
   */
  async indexPendingBacktests(limit = 50): Promise<number> {
    const ids = await new EmbeddingRepository(this.database.db).unindexedBacktestIds(embedderKey(this.embedder), limit);
    const repository = new BacktestRepository(this.database.db);
    for (const id of ids) {
      const backtest = await repository.byId(id);
      if (backtest !== null) await this.indexBacktest(backtest);
    }
    return ids.length;
  }

  /** Indexes up to `limit` stored signals the current model has not indexed yet, newest first; returns how many. */
  async indexPendingSignals(limit = 200): Promise<number> {
    const ids = await new EmbeddingRepository(this.database.db).unindexedSignalIds(embedderKey(this.embedder), limit);
    for (const id of ids) await this.indexSignalById(id);
    return ids.length;
  }

  /** Indexes up to `limit` stored news items the current model has not indexed yet, newest first; returns how many. */
  async indexPendingNews(limit = 200): Promise<number> {
    const items = await new EmbeddingRepository(this.database.db).unindexedNews(embedderKey(this.embedder), limit);
    for (const item of items) await this.indexNews({ id: item.id, title: item.title, text: item.summary, symbol: item.symbol, time: item.publishedAt.toISOString() });
    return items.length;
  }

  /** Drops a signal's, news item's or backtest's passages (every model). */
  async forget(kind: RetrievalKind, sourceId: string): Promise<number> {
    return new EmbeddingRepository(this.database.db).remove(kind, sourceId);
  }

  /**
   * Re-embeds, with the current embedder, up to `maxSources` sources whose passages come from another
   * model only, and then drops their old rows. Returns how many sources and passages moved; call until
   * it returns zero sources (e.g. at start, in the background) after the embedding model changed.
   */
  async reembedStale(maxSources = 100): Promise<{ sources: number; passages: number }> {
    const key = embedderKey(this.embedder);
    const repository = new EmbeddingRepository(this.database.db);
    const stale = await repository.sourcesWithoutModel(key, maxSources);
    let passages = 0;
    for (const rows of stale) {
      const [first] = rows;
      const chunks = await this.embedPassages(first.title, rows.map((row) => row.content));
      await this.database.transaction(async (tx) => {
        const inTransaction = new EmbeddingRepository(tx);
        await inTransaction.replace({ kind: first.kind, sourceId: first.sourceId, userId: first.userId, documentId: first.documentId, title: first.title }, key, chunks);
        await inTransaction.removeOtherModels(first.kind, first.sourceId, key);
      });
      passages += chunks.length;
    }
    await this.wrote(passages);
    return { sources: stale.length, passages };
  }

  /**
   * Indexes (or re-indexes) any text as a source of `kind`: cut into passages, embedded, stored in place
   * of the source's earlier passages. `userId` owns a document or backtest; shared kinds ignore it.
   */
  async indexText(kind: RetrievalKind, sourceId: string, userId: string | null, text: SourceText): Promise<void> {
    const chunks = await this.embedPassages(text.title, chunkText(text.text));
    await new EmbeddingRepository(this.database.db).replace({ kind, sourceId, userId, title: text.title }, embedderKey(this.embedder), chunks);
    await this.wrote(chunks.length);
  }

  /** Counts written rows and refreshes PGlite's planner statistics once enough changed (see EmbeddingRepository.refreshStatistics). */
  private async wrote(rows: number): Promise<void> {
    if (this.database.kind !== 'pglite') return;
    this.written += rows;
    if (this.written >= Math.max(ANALYZE_AFTER_ROWS, this.analyzedRows / 10)) await this.refreshStatistics();
  }

  private async refreshStatistics(): Promise<void> {
    const repository = new EmbeddingRepository(this.database.db);
    await repository.refreshStatistics();
    this.analyzedRows = (await repository.modelCounts()).reduce((sum, count) => sum + count.rows, 0);
    this.written = 0;
  }

  /**
   * Embeds each passage with its source's title in front (a passage cut from the middle of a report still
   * says what it is about); passages without any direction (no content words) are left out.
   */
  private async embedPassages(title: string, passages: readonly string[]): Promise<EmbeddedChunk[]> {
    const chunks: EmbeddedChunk[] = [];
    for (let start = 0; start < passages.length; start += EMBED_BATCH) {
      const batch = passages.slice(start, start + EMBED_BATCH);
      const vectors = await this.embedder.embed(batch.map((passage) => `${title}\n${passage}`));
      batch.forEach((content, index) => {
        const unit = normalizeVector(vectors[index]);
        if (unit !== null) chunks.push({ content, embedding: unit });
      });
    }
    return chunks;
  }
}
