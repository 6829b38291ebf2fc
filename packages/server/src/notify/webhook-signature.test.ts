import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, verifyWebhookSignature, webhookSignature } from './webhook-signature.js';

const SECRET = 'whsec_test-secret';
const BODY = '{"id":"m1","type":"test","subject":"Test message"}';
const T = 1_760_000_000;

describe('webhook signatures', () => {
  it('signs "<t>.<raw body>" with HMAC-SHA256 of the secret, as the contract documents', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(webhookSignature(BODY, SECRET, T)).toBe(`t=${T},v1=${expected}`);
  });

  it('accepts its own signature within five minutes, from a string or the raw bytes', () => {
    const header = webhookSignature(BODY, SECRET, T);
    expect(verifyWebhookSignature(BODY, header, SECRET, { nowSeconds: T + 299 })).toEqual({ valid: true, timestampSeconds: T });
    expect(verifyWebhookSignature(Buffer.from(BODY), header, SECRET, { nowSeconds: T - 299 })).toEqual({ valid: true, timestampSeconds: T });
  });

  it('refuses a changed body, another secret, a replay, and malformed headers, saying why', () => {
    const header = webhookSignature(BODY, SECRET, T);
    const at = { nowSeconds: T };
    expect(verifyWebhookSignature(`${BODY} `, header, SECRET, at)).toEqual({ valid: false, reason: 'the signature does not match the body and secret' });
    expect(verifyWebhookSignature(BODY, header, 'whsec_other', at)).toEqual({ valid: false, reason: 'the signature does not match the body and secret' });
    expect(verifyWebhookSignature(BODY, header, SECRET, { nowSeconds: T + 301 })).toEqual({ valid: false, reason: 'the signature time is 301 s from now (more than 300 s: a replay or a wrong clock)' });
    expect(verifyWebhookSignature(BODY, header, SECRET, { nowSeconds: T + 60, toleranceSeconds: 30 }).valid).toBe(false);
    expect(verifyWebhookSignature(BODY, undefined, SECRET, at)).toEqual({ valid: false, reason: 'no X-GoldenSignals-Signature header' });
    expect(verifyWebhookSignature(BODY, header.replace(/t=\d+,/, ''), SECRET, at)).toEqual({ valid: false, reason: 'the signature header has no timestamp t=<unix seconds>' });
    expect(verifyWebhookSignature(BODY, `t=${T},v1=abc`, SECRET, at)).toEqual({ valid: false, reason: 'the signature header has no v1=<hex HMAC-SHA256>' });
  });

  it('accepts any matching v1 of several (a receiver rotating secrets)', () => {
    const good = webhookSignature(BODY, SECRET, T).split(',')[1];
    const other = webhookSignature(BODY, 'whsec_old', T).split(',')[1];
    expect(verifyWebhookSignature(BODY, `t=${T},${other},${good}`, SECRET, { nowSeconds: T }).valid).toBe(true);
  });

  it('makes secrets of whsec_ and 32 random bytes in base64url', () => {
    const secrets = [newWebhookSecret(), newWebhookSecret()];
    for (const secret of secrets) expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(secrets[0]).not.toBe(secrets[1]);
    expect(Buffer.from(secrets[0].slice('whsec_'.length), 'base64url')).toHaveLength(32);
  });
});
