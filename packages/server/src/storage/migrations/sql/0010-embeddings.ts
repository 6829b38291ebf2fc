import type { Migration } from '../migration.js';

/**
 * Retrieval: uploaded documents, and embedded passages of signals, news, backtests and documents.
 * The vector is `real[]` on every engine, so one schema serves PostgreSQL with and without pgvector;
 * where the server offers pgvector (PGlite loads it; on PostgreSQL the package must be installed) the
 * extension is created here. A role that may not create it keeps exact search: the DO block says so
 * instead of failing the migration.
 *
 * The HNSW index is over `embedding::vector(N)`, N being the dimensions of the configured embedder, so
 * the app creates it at start (one partial index per N in use) and searches must spell the same
 * `vector(N)` type: both need N and pgvector's schema written into the SQL text. The functions below do
 * that with format() (an integer and a quoted identifier), so the app passes only parameters.
 */
export const embeddingsMigration: Migration = {
  version: 10,
  name: 'embeddings',
  sql: `
CREATE TABLE ai_documents (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid,
  name text NOT NULL,
  content_type text NOT NULL,
  bytes integer NOT NULL,
  chunks integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ai_documents_pkey PRIMARY KEY (id),
  CONSTRAINT ai_documents_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT ai_documents_content_type_check CHECK (content_type IN ('application/pdf', 'text/csv', 'text/plain', 'text/markdown')),
  CONSTRAINT ai_documents_counts_check CHECK (bytes >= 0 AND chunks >= 0)
);
CREATE INDEX ai_documents_user_created_idx ON ai_documents (user_id, created_at DESC, id DESC);

CREATE TABLE embeddings (
  id bigint GENERATED ALWAYS AS IDENTITY,
  kind text NOT NULL,
  source_id text NOT NULL,
  chunk integer NOT NULL DEFAULT 0,
  user_id uuid,
  document_id uuid,
  title text NOT NULL,
  content text NOT NULL,
  model text NOT NULL,
  dimensions integer NOT NULL,
  embedding real[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT embeddings_pkey PRIMARY KEY (id),
  CONSTRAINT embeddings_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  CONSTRAINT embeddings_document_id_fkey FOREIGN KEY (document_id) REFERENCES ai_documents (id) ON DELETE CASCADE,
  CONSTRAINT embeddings_source_key UNIQUE (model, kind, source_id, chunk),
  CONSTRAINT embeddings_kind_check CHECK (kind IN ('signal', 'document', 'news', 'backtest')),
  CONSTRAINT embeddings_dimensions_check CHECK (dimensions BETWEEN 1 AND 16000 AND cardinality(embedding) = dimensions),
  CONSTRAINT embeddings_chunk_check CHECK (chunk >= 0)
);
CREATE INDEX embeddings_document_idx ON embeddings (document_id);
CREATE INDEX embeddings_user_idx ON embeddings (user_id);

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AND NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector') THEN
    BEGIN
      CREATE EXTENSION vector;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pgvector is installed but this role may not create the extension; retrieval uses exact search until an administrator runs CREATE EXTENSION vector';
    END;
  END IF;
END
$$;

-- The statement of a nearest-neighbour search among vectors of N dimensions with pgvector: $1 query (real[]),
-- $2 model, $3 kinds every account may read, $4 kinds read by their owner only, $5 the owner, $6 how many.
-- ORDER BY holds the distance alone and the dimensions are a constant, so the partial HNSW index applies.
CREATE FUNCTION embeddings_nearest_sql(dimensions integer) RETURNS text LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  vector_schema text;
BEGIN
  SELECT n.nspname INTO vector_schema FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'vector';
  IF vector_schema IS NULL THEN
    RAISE EXCEPTION 'pgvector is not installed in this database';
  END IF;
  RETURN format(
    'SELECT e.kind, e.source_id, e.chunk, e.title, e.content,'
    ' (1 - ((e.embedding::%1$I.vector(%2$s)) OPERATOR(%1$I.<=>) ($1::%1$I.vector(%2$s))))::float8 AS score'
    ' FROM embeddings e'
    ' WHERE e.model = $2 AND e.dimensions = %2$s AND (e.kind = ANY ($3) OR (e.kind = ANY ($4) AND e.user_id IS NOT DISTINCT FROM $5))'
    ' ORDER BY (e.embedding::%1$I.vector(%2$s)) OPERATOR(%1$I.<=>) ($1::%1$I.vector(%2$s))'
    ' LIMIT $6',
    vector_schema, dimensions);
END
$fn$;

-- Settings of a search, for the current transaction: a wider HNSW candidate list for larger k, and (pgvector
-- 0.8+) iterative index scans, without which filters applied after the index scan could leave fewer than k rows.
CREATE FUNCTION embeddings_search_settings(k integer) RETURNS void LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  PERFORM set_config('hnsw.ef_search', greatest(40, least(1000, 4 * k))::text, true);
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'vector' AND split_part(extversion, '.', 1)::int * 1000 + split_part(extversion, '.', 2)::int >= 8) THEN
    PERFORM set_config('hnsw.iterative_scan', 'strict_order', true);
  END IF;
END
$fn$;

-- The k passages nearest to the query (cosine) that the owner may read, with pgvector.
CREATE FUNCTION embeddings_nearest(query real[], wanted_model text, shared_kinds text[], owned_kinds text[], owner uuid, k integer)
RETURNS TABLE (kind text, source_id text, chunk integer, title text, content text, score double precision) LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  PERFORM embeddings_search_settings(k);
  RETURN QUERY EXECUTE embeddings_nearest_sql(cardinality(query)) USING query, wanted_model, shared_kinds, owned_kinds, owner, k;
END
$fn$;

-- PostgreSQL's plan of the same search (EXPLAIN), to check that the HNSW index serves it.
CREATE FUNCTION embeddings_nearest_plan(query real[], wanted_model text, shared_kinds text[], owned_kinds text[], owner uuid, k integer)
RETURNS SETOF text LANGUAGE plpgsql VOLATILE AS $fn$
BEGIN
  PERFORM embeddings_search_settings(k);
  RETURN QUERY EXECUTE 'EXPLAIN ' || embeddings_nearest_sql(cardinality(query)) USING query, wanted_model, shared_kinds, owned_kinds, owner, k;
END
$fn$;

-- Creates the HNSW index (cosine) for vectors of N dimensions unless it exists, and returns its name; NULL when
-- pgvector is absent or cannot index that many dimensions (2000 at most). Another node creating it at once is fine.
CREATE FUNCTION embeddings_create_hnsw_index(dimensions integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  vector_schema text;
  index_name text := format('embeddings_hnsw_%s_idx', dimensions);
BEGIN
  SELECT n.nspname INTO vector_schema FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace WHERE x.extname = 'vector';
  IF vector_schema IS NULL OR dimensions < 1 OR dimensions > 2000 THEN
    RETURN NULL;
  END IF;
  EXECUTE format('CREATE INDEX IF NOT EXISTS %1$I ON embeddings USING hnsw ((embedding::%2$I.vector(%3$s)) %2$I.vector_cosine_ops) WHERE dimensions = %3$s', index_name, vector_schema, dimensions);
  RETURN index_name;
EXCEPTION WHEN unique_violation OR duplicate_table THEN
  RETURN index_name;
END
$fn$;
`,
};
