import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('masks apiKey, apikey, api_key and token query values and keeps the other parameters', () => {
    const url = 'https://x.test/query?function=GLOBAL_QUOTE&apikey=AB12CD&symbol=IBM&apiKey=zz9&token=t0k&api_key=k-1#frag';
    expect(redactSecrets(url)).toBe('https://x.test/query?function=GLOBAL_QUOTE&apikey=***&symbol=IBM&apiKey=***&token=***&api_key=***#frag');
  });

  it('masks a key the source echoed back in its message, also in URL-encoded form', () => {
    const message = 'We have detected your API key as S3CR/ET+KEY and our rate limit is 25 per day; see ?x=S3CR%2FET%2BKEY';
    expect(redactSecrets(message, ['S3CR/ET+KEY'])).toBe('We have detected your API key as *** and our rate limit is 25 per day; see ?x=***');
  });

  it('leaves text without secrets unchanged and ignores an empty secret', () => {
    expect(redactSecrets('HTTP 500 from GET https://x.test/v2/aggs?limit=5', [''])).toBe('HTTP 500 from GET https://x.test/v2/aggs?limit=5');
  });
});
