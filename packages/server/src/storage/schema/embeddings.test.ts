import { expect, it } from 'vitest';
import { describeRetrievalStorage } from '../../ai/retrieval/retrieval-storage.test-support.js';
import { databaseSchemaFacts } from '../test-support/database-schema-facts.test-support.js';
import { drizzleSchemaFacts } from '../test-support/drizzle-schema-facts.test-support.js';
import { aiDocuments } from './ai-documents.js';
import { ALL_TABLES } from './all-tables.js';
import { embeddings } from './embeddings.js';

describeRetrievalStorage('the retrieval tables', (context) => {
  it('are described by the Drizzle schema exactly as the embeddings migration creates them, on both engines', async () => {
    // Until the lead lists them in ALL_TABLES, the two tables are added here; afterwards this adds nothing.
    const tables = [...new Set([...ALL_TABLES, aiDocuments, embeddings])];
    const migrated = await databaseSchemaFacts(context.database.db);
    expect(migrated).toEqual(drizzleSchemaFacts(tables));
    expect(migrated).toContain('column embeddings.embedding real[] not null');
    expect(migrated).toContain('unique embeddings_source_key on embeddings (model, kind, source_id, chunk)');
  });
});
