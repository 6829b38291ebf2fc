import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { toErrorBody } from './to-error-body.js';

async function refusedConnection(): Promise<unknown> {
  // Port 1 refuses at once on loopback: what a stopped PostgreSQL looks like to the pool.
  const client = new pg.Client({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 2_000 });
  return client.connect().then(
    () => new Error('connected to port 1?'),
    (error: unknown) => error,
  );
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, also wrapped as the cause of a query error', async () => {
    const refused = await refusedConnection();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is shutting down'), { code: '57P03' }))).toBe(true);
  });

  it('leaves a bad query and other errors alone', async () => {
    const database = new PGlite();
    const syntax = await database.query('SELEC 1').then(
      () => null,
      (error: unknown) => error,
    );
    await database.close();
    expect(syntax).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });

  it('makes the answer a 503 saying when to retry, with no internals', async () => {
    const answer = toErrorBody(new Error('Failed query: insert into orders ...', { cause: await refusedConnection() }));
    expect(answer).toMatchObject({ statusCode: 503, retryAfterSeconds: 5, unexpected: false, body: { code: 'GS_ERR_NOT_READY', message: 'the database is unreachable right now; try again in a few seconds' } });
  });
});
