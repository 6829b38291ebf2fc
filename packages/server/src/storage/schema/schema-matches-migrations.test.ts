import { expect, it } from 'vitest';
import { databaseSchemaFacts } from '../test-support/database-schema-facts.test-support.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { drizzleSchemaFacts } from '../test-support/drizzle-schema-facts.test-support.js';
import { ALL_TABLES } from './all-tables.js';

describeStorage('the Drizzle schema', (context) => {
  it('describes exactly the tables, columns, types, keys, indexes and checks the migrations create', async () => {
    const migrated = await databaseSchemaFacts(context.database.db);
    expect(migrated).toEqual(drizzleSchemaFacts(ALL_TABLES));
    expect(migrated).toContain('column signals.confidence double precision not null');
    expect(migrated).toContain('column portfolios.cash numeric(24,8) not null');
    expect(migrated).toContain('primary key bars_pkey on bars (symbol, timeframe, time)');
  });
});
