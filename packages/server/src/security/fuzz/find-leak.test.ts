import { describe, expect, it } from 'vitest';
import { findLeak } from './find-leak.js';

describe('findLeak', () => {
  it('names a stack frame with a file path', () => {
    const answer = JSON.stringify({ message: 'boom', stack: 'TypeError: boom\n    at readRows (/srv/app/storage/read.js:12:7)' });
    expect(findLeak(answer)).toBe('stack trace: "at readRows (/srv/app/storage/read.js:12:7)"');
  });

  it('names node_modules paths and source line references', () => {
    expect(findLeak('failed in /srv/node_modules/pg/lib/client.js')).toBe('node_modules path: "node_modules"');
    expect(findLeak('see portfolio-routes.ts:88')).toBe('source line reference: ".ts:88"');
  });

  it('names SQL text and database error messages', () => {
    expect(findLeak('Failed query: select "id" from "signals" where "id" = $1')).toBe('SQL text: "select \\""');
    expect(findLeak('INSERT failed')).toBe('SQL text: "INSERT "');
    expect(findLeak('syntax error at or near "OR"')).toBe('SQL error: "syntax error at or near"');
    expect(findLeak('invalid input syntax for type uuid: "x"')).toBe('SQL error: "invalid input syntax for type"');
    expect(findLeak('duplicate key value violates unique constraint "users_email_key"')).toBe('SQL error: "violates unique constraint"');
    // Inside a JSON answer the quotes arrive escaped.
    expect(findLeak(JSON.stringify({ message: 'relation "users" does not exist' }))).toBe(`SQL error: ${JSON.stringify('relation \\"users\\" does not exist')}`);
  });

  it('lets through text the client sent and the server echoes, whatever its case', () => {
    const sent = "/api/v1/signals/x' union select null --";
    expect(findLeak('{"message":"params.symbol X\' UNION SELECT NULL -- is not a ticker"}', sent)).toBeUndefined();
    expect(findLeak('{"message":"SELECT is not a ticker"}', "' OR 1=1 --")).toBe('SQL text: "SELECT "');
  });

  it('finds nothing in ordinary error answers', () => {
    const answers = [
      '{"code":"GS_ERR_VALIDATION","message":"query.limit must be <= 500","problems":[{"field":"query.limit","message":"must be <= 500"}]}',
      '{"code":"GS_ERR_NOT_FOUND","message":"no watchlist 6f1c2a9e-3c1b-4f0e-9a57-2d5a4c1e8b10"}',
      'the message is not valid JSON: Unexpected token } in JSON at position 5',
      'select one of 1d, 1h',
    ];
    for (const answer of answers) expect(findLeak(answer)).toBeUndefined();
  });
});
