import { and, asc, desc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { backtests } from '../schema/backtests.js';
import { newsItems } from '../schema/news-items.js';
import { signals } from '../schema/signals.js';
import { embeddings, SHARED_RETRIEVAL_KINDS, type RetrievalKind } from '../schema/embeddings.js';
import { isUuid } from './is-uuid.js';

/** Whether pgvector can be used here, and where its types and operators live. */
export type VectorSupport =
  | { readonly available: true; readonly schema: string; readonly version: string }
  | { readonly available: false; readonly reason: string };

/** What a group of passages comes from. */
export interface EmbeddingSource {
  readonly kind: RetrievalKind;
  readonly sourceId: string;
  /** Owner of a document or backtest (`null`: the owner of an install without accounts); ignored for shared kinds. */
  readonly userId: string | null;
  readonly documentId?: string | null;
  readonly title: string;
}

/** One passage and its vector. */
export interface EmbeddedChunk {
  readonly content: string;
  readonly embedding: Float32Array;
}

/** A nearest-neighbour query among the rows of one embedding model. */
export interface EmbeddingQuery {
  readonly model: string;
  readonly vector: Float32Array;
  readonly k: number;
  readonly kinds: readonly RetrievalKind[];
  /** Whose documents and backtests may be returned (`null`: the owner of an install without accounts). */
  readonly userId: string | null;
}

/** A passage found by a search; `score` is the cosine similarity to the query (1 = same direction). */
export interface EmbeddingMatch {
  readonly kind: RetrievalKind;
  readonly sourceId: string;
  readonly chunk: number;
  readonly title: string;
  readonly content: string;
  readonly score: number;
}

/** A stored passage without its vector: what re-embedding with another model needs. */
export interface StoredPassage extends EmbeddingSource {
  readonly chunk: number;
  readonly content: string;
  readonly model: string;
}

/** pgvector's HNSW index takes `vector` values of at most this many dimensions. */
export const HNSW_MAX_DIMENSIONS = 2000;

function checkDimensions(dimensions: number): void {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000) throw new RangeError(`embedding dimensions must be an integer from 1 to 16000, got ${dimensions}`);
}

/** The vector as a pgvector / PostgreSQL array literal body: `1,0.5,...` (float32 values print exactly). */
function components(vector: Float32Array): string {
  return Array.from(vector, (value) => {
    if (!Number.isFinite(value)) throw new RangeError('an embedding holds a non-finite number');
    return String(value);
  }).join(',');
}

/** The name of the HNSW index for vectors of `dimensions` (one partial index per dimension count in use). */
export function hnswIndexName(dimensions: number): string {
  return `embeddings_hnsw_${dimensions}_idx`;
}

/** The parameters of a search: who may read what, as the SQL functions of the embeddings migration take them. */
interface SearchParameters {
  readonly query: string;
  readonly shared: string;
  readonly owned: string;
  readonly owner: string | null;
}

/** `{a,b}`: a PostgreSQL array literal of our own kind names (letters only). */
function textArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}

/** The search's parameters, or `null` when the caller may read none of the kinds asked for. */
function searchParameters(query: EmbeddingQuery): SearchParameters | null {
  if (query.kinds.length === 0 || query.k < 1) return null;
  checkDimensions(query.vector.length);
  const shared = query.kinds.filter((kind) => SHARED_RETRIEVAL_KINDS.includes(kind));
  // A user id that is not a UUID owns nothing.
  const ownerKnown = query.userId === null || isUuid(query.userId);
  const owned = ownerKnown ? query.kinds.filter((kind) => !SHARED_RETRIEVAL_KINDS.includes(kind)) : [];
  if (shared.length === 0 && owned.length === 0) return null;
  return { query: `{${components(query.vector)}}`, shared: textArray(shared), owned: textArray(owned), owner: ownerKnown ? query.userId : null };
}

/**
 * Exact search, the way without pgvector: every row of the model compared in SQL. Stored vectors are unit
 * length, so the dot product is the cosine.
 */
function exactSearch(query: EmbeddingQuery, parameters: SearchParameters): SQL {
  const dot = sql`(SELECT sum(a::float8 * b) FROM unnest(${embeddings.embedding}, ${parameters.query}::real[]) AS t(a, b))`;
  return sql`SELECT ${embeddings.kind} AS kind, ${embeddings.sourceId} AS source_id, ${embeddings.chunk} AS chunk, ${embeddings.title} AS title, ${embeddings.content} AS content, ${dot} AS score
    FROM ${embeddings}
    WHERE ${embeddings.model} = ${query.model} AND ${embeddings.dimensions} = ${query.vector.length}
      AND (${embeddings.kind} = ANY (${parameters.shared}::text[]) OR (${embeddings.kind} = ANY (${parameters.owned}::text[]) AND ${embeddings.userId} IS NOT DISTINCT FROM ${parameters.owner}::uuid))
    ORDER BY score DESC, ${embeddings.id} LIMIT ${query.k}`;
}

/** The arguments of the migration's `embeddings_nearest` functions (pgvector). */
function nearestArguments(query: EmbeddingQuery, parameters: SearchParameters): SQL {
  return sql`${parameters.query}::real[], ${query.model}, ${parameters.shared}::text[], ${parameters.owned}::text[], ${parameters.owner}::uuid, ${query.k}::integer`;
}

/**
 * Embedded passages: stored per source and model, searched by cosine similarity among the rows of one
 * model — with pgvector's HNSW index where {@link VectorSupport} says it is available, exactly otherwise.
 */
export class EmbeddingRepository {
  constructor(private readonly db: Queryable) {}

  /** Whether the `vector` extension is created in this database (and if not, why). */
  async vectorSupport(): Promise<VectorSupport> {
    const [created] = await executeRows<{ schema: string; version: string }>(
      this.db,
      sql`SELECT n.nspname AS schema, e.extversion AS version FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'vector'`,
    );
    if (created !== undefined) return { available: true, schema: created.schema, version: created.version };
    const [offered] = await executeRows<{ name: string }>(this.db, sql`SELECT name FROM pg_available_extensions WHERE name = 'vector'`);
    return {
      available: false,
      reason:
        offered === undefined
          ? 'this database server has no pgvector (on Debian/Ubuntu install postgresql-<version>-pgvector, then restart the server)'
          : 'pgvector is installed but the extension is not created in this database (run CREATE EXTENSION vector as a privileged role, then restart)',
    };
  }

  /**
   * Creates the HNSW index (cosine) for vectors of `dimensions` unless it exists; returns its name, or
   * `null` when pgvector cannot index that many dimensions (search stays exact). Safe to race: another
   * node creating the same index at once is not an error.
   */
  async ensureHnswIndex(support: VectorSupport, dimensions: number): Promise<string | null> {
    checkDimensions(dimensions);
    if (!support.available || dimensions > HNSW_MAX_DIMENSIONS) return null;
    const [row] = await executeRows<{ name: string | null }>(this.db, sql`SELECT embeddings_create_hnsw_index(${dimensions}::integer) AS name`);
    return row.name;
  }

  /** Replaces the passages of one source embedded by `model` with `chunks` (none: the source is removed for that model). */
  async replace(source: EmbeddingSource, model: string, chunks: readonly EmbeddedChunk[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(embeddings).where(and(eq(embeddings.model, model), eq(embeddings.kind, source.kind), eq(embeddings.sourceId, source.sourceId)));
      if (chunks.length === 0) return;
      const shared = SHARED_RETRIEVAL_KINDS.includes(source.kind);
      await tx.insert(embeddings).values(
        chunks.map((chunk, index) => {
          checkDimensions(chunk.embedding.length);
          return {
            kind: source.kind,
            sourceId: source.sourceId,
            chunk: index,
            userId: shared ? null : source.userId,
            documentId: source.documentId ?? null,
            title: source.title,
            content: chunk.content,
            model,
            dimensions: chunk.embedding.length,
            embedding: Array.from(chunk.embedding),
          };
        }),
      );
    });
  }

  /** Removes every passage of a source, whichever model embedded it; returns how many rows went. */
  async remove(kind: RetrievalKind, sourceId: string): Promise<number> {
    const rows = await this.db.delete(embeddings).where(and(eq(embeddings.kind, kind), eq(embeddings.sourceId, sourceId))).returning({ id: embeddings.id });
    return rows.length;
  }

  /** The `k` passages nearest to the query among those the caller may read, best first. */
  async search(query: EmbeddingQuery, support: VectorSupport): Promise<EmbeddingMatch[]> {
    const parameters = searchParameters(query);
    if (parameters === null) return [];
    type Row = { kind: RetrievalKind; source_id: string; chunk: number; title: string; content: string; score: number };
    const statement = support.available ? sql`SELECT * FROM embeddings_nearest(${nearestArguments(query, parameters)})` : exactSearch(query, parameters);
    const rows = await executeRows<Row>(this.db, statement);
    return rows.map((row) => ({ kind: row.kind, sourceId: row.source_id, chunk: Number(row.chunk), title: row.title, content: row.content, score: Number(row.score) }));
  }

  /** PostgreSQL's plan of {@link search} for this query (EXPLAIN): shows whether the HNSW index serves it. */
  async searchPlan(query: EmbeddingQuery, support: VectorSupport): Promise<string> {
    const parameters = searchParameters(query);
    if (parameters === null) return 'no rows can match: no kind the caller may read';
    if (support.available) {
      const rows = await executeRows<{ line: string }>(this.db, sql`SELECT embeddings_nearest_plan AS line FROM embeddings_nearest_plan(${nearestArguments(query, parameters)})`);
      return rows.map((row) => row.line).join('\n');
    }
    const rows = await executeRows<{ 'QUERY PLAN': string }>(this.db, sql`EXPLAIN ${exactSearch(query, parameters)}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  /**
   * Refreshes the planner's statistics of the table. Without them the planner takes a bulk-loaded table for
   * nearly empty and sorts every row instead of walking the HNSW index; PostgreSQL's autovacuum keeps them
   * fresh, PGlite (one process, no background workers) does not.
   */
  async refreshStatistics(): Promise<void> {
    await this.db.execute(sql`ANALYZE ${embeddings}`);
  }

  /** Rows per model and dimension count, most rows first: which models the stored passages were embedded with. */
  async modelCounts(): Promise<{ model: string; dimensions: number; rows: number }[]> {
    const rows = await executeRows<{ model: string; dimensions: number; rows: string | number }>(
      this.db,
      sql`SELECT ${embeddings.model} AS model, ${embeddings.dimensions} AS dimensions, count(*) AS rows FROM ${embeddings} GROUP BY 1, 2 ORDER BY 3 DESC, 1`,
    );
    return rows.map((row) => ({ model: row.model, dimensions: Number(row.dimensions), rows: Number(row.rows) }));
  }

  /**
   * Up to `limit` sources that have passages from another model but none from `model`, each with its
   * passages (of one of those models), in chunk order: the work list of re-embedding after a model change.
   */
  async sourcesWithoutModel(model: string, limit: number): Promise<StoredPassage[][]> {
    const sources = await executeRows<{ kind: RetrievalKind; source_id: string; model: string }>(
      this.db,
      sql`SELECT DISTINCT ON (e.kind, e.source_id) e.kind AS kind, e.source_id AS source_id, e.model AS model FROM ${embeddings} e
          WHERE e.model <> ${model} AND NOT EXISTS (SELECT 1 FROM ${embeddings} c WHERE c.model = ${model} AND c.kind = e.kind AND c.source_id = e.source_id)
          ORDER BY e.kind, e.source_id, e.created_at DESC LIMIT ${limit}`,
    );
    const result: StoredPassage[][] = [];
    for (const source of sources) {
      const rows = await this.db
        .select({ kind: embeddings.kind, sourceId: embeddings.sourceId, userId: embeddings.userId, documentId: embeddings.documentId, title: embeddings.title, chunk: embeddings.chunk, content: embeddings.content, model: embeddings.model })
        .from(embeddings)
        .where(and(eq(embeddings.model, source.model), eq(embeddings.kind, source.kind), eq(embeddings.sourceId, source.source_id)))
        .orderBy(asc(embeddings.chunk));
      result.push(rows);
    }
    return result;
  }

  /** Ids of completed backtests without passages from `model`, most recently finished first: backtests still to index. */
  async unindexedBacktestIds(model: string, limit: number): Promise<string[]> {
    const rows = await executeRows<{ id: string }>(
      this.db,
      sql`SELECT b.id AS id FROM ${backtests} b WHERE b.status = 'completed'
          AND NOT EXISTS (SELECT 1 FROM ${embeddings} e WHERE e.kind = 'backtest' AND e.source_id = b.id::text AND e.model = ${model})
          ORDER BY b.finished_at DESC NULLS LAST, b.id LIMIT ${limit}`,
    );
    return rows.map((row) => row.id);
  }

  /** Ids of stored signals without passages from `model`, newest first: signals still to index. */
  async unindexedSignalIds(model: string, limit: number): Promise<string[]> {
    const rows = await executeRows<{ id: string }>(
      this.db,
      sql`SELECT s.id AS id FROM ${signals} s
          WHERE NOT EXISTS (SELECT 1 FROM ${embeddings} e WHERE e.kind = 'signal' AND e.source_id = s.id::text AND e.model = ${model})
          ORDER BY s.created_at DESC, s.id LIMIT ${limit}`,
    );
    return rows.map((row) => row.id);
  }

  /** Stored news items without passages from `model`, newest first: news still to index. */
  async unindexedNews(model: string, limit: number): Promise<{ id: string; symbol: string; title: string; summary: string | null; publishedAt: Date }[]> {
    return this.db
      .select({ id: newsItems.id, symbol: newsItems.symbol, title: newsItems.title, summary: newsItems.summary, publishedAt: newsItems.publishedAt })
      .from(newsItems)
      .where(sql`NOT EXISTS (SELECT 1 FROM ${embeddings} e WHERE e.kind = 'news' AND e.source_id = ${newsItems.id}::text AND e.model = ${model})`)
      .orderBy(desc(newsItems.publishedAt), asc(newsItems.id))
      .limit(limit);
  }

  /** Removes a source's passages from every model but `model` (after it was re-embedded with `model`). */
  async removeOtherModels(kind: RetrievalKind, sourceId: string, model: string): Promise<number> {
    const rows = await this.db
      .delete(embeddings)
      .where(and(eq(embeddings.kind, kind), eq(embeddings.sourceId, sourceId), ne(embeddings.model, model)))
      .returning({ id: embeddings.id });
    return rows.length;
  }
}
