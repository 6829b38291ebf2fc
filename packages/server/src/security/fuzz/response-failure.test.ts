import { describe, expect, it } from 'vitest';
import { responseFailure, type JudgedResponse } from './response-failure.js';

const ok: JudgedResponse = { status: 200, contentType: 'application/json; charset=utf-8', body: '{"items":[]}', sent: '/api/v1/signals', expectJson: true };
const withCode = (status: number, code: string): JudgedResponse => ({ ...ok, status, body: JSON.stringify({ code, message: 'x' }) });

describe('responseFailure', () => {
  it('accepts JSON answers, 4xx included', () => {
    expect(responseFailure(ok)).toBeUndefined();
    expect(responseFailure(withCode(400, 'GS_ERR_VALIDATION'))).toBeUndefined();
    expect(responseFailure({ ...ok, status: 204, body: '', contentType: undefined })).toBeUndefined();
  });

  it('fails a 5xx, naming its code', () => {
    expect(responseFailure(withCode(500, 'GS_ERR_INTERNAL'))).toBe('HTTP 500 GS_ERR_INTERNAL');
    expect(responseFailure(withCode(502, 'GS_ERR_PROVIDER'))).toBe('HTTP 502 GS_ERR_PROVIDER');
    expect(responseFailure(withCode(503, 'GS_ERR_SHUTTING_DOWN'))).toBe('HTTP 503 GS_ERR_SHUTTING_DOWN');
    expect(responseFailure({ ...ok, status: 500, body: 'oops' })).toBe('HTTP 500');
  });

  it('accepts a 501 and the 503s of a market data outage or a server not ready', () => {
    expect(responseFailure(withCode(501, 'GS_ERR_NOT_IMPLEMENTED'))).toBeUndefined();
    expect(responseFailure(withCode(503, 'GS_ERR_MARKET_DATA_UNAVAILABLE'))).toBeUndefined();
    expect(responseFailure(withCode(503, 'GS_ERR_NOT_READY'))).toBeUndefined();
  });

  it('fails an answer that leaks internals', () => {
    expect(responseFailure({ ...ok, status: 400, body: '{"message":"at Object.parse (/app/node_modules/x/index.js:1:2)"}' })).toMatch(/^leaks stack trace/);
  });

  it('fails a body that is not JSON, or JSON under another content type, where JSON is promised', () => {
    expect(responseFailure({ ...ok, body: '<html>' })).toBe('body is not JSON');
    expect(responseFailure({ ...ok, contentType: 'text/plain' })).toBe('JSON body sent as "text/plain"');
    expect(responseFailure({ ...ok, body: '<html>', contentType: 'text/html', expectJson: false })).toBeUndefined();
  });
});
