import { describe, expect, it } from 'vitest';
import { parseClientMessage } from './client-message.js';

describe('parseClientMessage', () => {
  it('accepts each client message type, keeping a string or number id and ignoring unknown fields', () => {
    expect(parseClientMessage({ type: 'ping', id: 4, extra: true }, 10)).toEqual({ ok: true, message: { type: 'ping', id: 4 } });
    expect(parseClientMessage({ type: 'auth', token: 'jwt' }, 10)).toEqual({ ok: true, message: { type: 'auth', token: 'jwt' } });
    expect(parseClientMessage({ type: 'unsubscribe', channels: ['signals'], id: 'u1' }, 10)).toEqual({ ok: true, message: { type: 'unsubscribe', channels: ['signals'], id: 'u1' } });
  });

  it('names the field that is missing or of the wrong type', () => {
    const cases: [unknown, string, string][] = [
      ['ping', 'GS_ERR_INVALID_MESSAGE', 'a message must be a JSON object with a "type", got a string'],
      [null, 'GS_ERR_INVALID_MESSAGE', 'got null'],
      [{ type: 3 }, 'GS_ERR_INVALID_MESSAGE', '"type" must be a string, one of auth, subscribe, unsubscribe, ping'],
      [{ type: 'auth' }, 'GS_ERR_MISSING_FIELD', 'auth needs "token"'],
      [{ type: 'auth', token: '' }, 'GS_ERR_INVALID_MESSAGE', 'auth "token" must be a non-empty string'],
      [{ type: 'subscribe', channels: 'signals' }, 'GS_ERR_INVALID_MESSAGE', 'subscribe "channels" must be a non-empty array'],
      [{ type: 'unsubscribe', channels: [] }, 'GS_ERR_INVALID_MESSAGE', 'unsubscribe "channels" must be a non-empty array'],
      [{ type: 'ping', id: { nested: 1 } }, 'GS_ERR_INVALID_MESSAGE', '"id" must be a string of at most 100 characters or a finite number'],
    ];
    for (const [value, code, message] of cases) {
      const parsed = parseClientMessage(value, 10);
      expect(parsed.ok ? 'accepted' : parsed.problem.code, JSON.stringify(value)).toBe(code);
      expect(parsed.ok ? '' : parsed.problem.message).toContain(message);
    }
  });

  it('refuses a channel list longer than the per-connection limit before looking at the channels', () => {
    const parsed = parseClientMessage({ type: 'subscribe', channels: Array.from({ length: 11 }, (_, i) => `signals:S${i}`), id: 9 }, 10);
    expect(parsed).toEqual({ ok: false, problem: { code: 'GS_ERR_TOO_MANY_SUBSCRIPTIONS', message: 'subscribe lists 11 channels; at most 10 per message', id: 9 } });
  });
});
