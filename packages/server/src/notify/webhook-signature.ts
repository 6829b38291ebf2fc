import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'X-GoldenSignals-Signature';
/** Header carrying the message's event type. */
export const WEBHOOK_EVENT_HEADER = 'X-GoldenSignals-Event';
/** How far a signature's time may be from the receiver's clock: older requests are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** A new signing secret: `whsec_` and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmacHex(rawBody: string | Uint8Array, secret: string, timestampSeconds: number): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
}

/** The signature header value of `rawBody` sent at `timestampSeconds` (Unix time). */
export function webhookSignature(rawBody: string | Uint8Array, secret: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${hmacHex(rawBody, secret, timestampSeconds)}`;
}

/** Whether a webhook request is authentic, and if not, why. */
export type WebhookVerification = { readonly valid: true; readonly timestampSeconds: number } | { readonly valid: false; readonly reason: string };

/** Options of {@link verifyWebhookSignature}. */
export interface VerifyWebhookOptions {
  /** The receiver's clock, Unix seconds (default now). */
  readonly nowSeconds?: number;
  /** Largest accepted distance between the signature's time and now (default 300 s). */
  readonly toleranceSeconds?: number;
}

/**
 * Checks a webhook request the way a receiver should: the HMAC of `"<t>.<raw body>"` under the channel's secret
 * matches a `v1` of the header (compared in constant time), and `t` is within the tolerance of now (a replayed
 * request is refused). Pass the body exactly as received, before any JSON parsing.
 */
export function verifyWebhookSignature(rawBody: string | Uint8Array, header: string | undefined, secret: string, options: VerifyWebhookOptions = {}): WebhookVerification {
  if (header === undefined || header.trim() === '') return { valid: false, reason: `no ${WEBHOOK_SIGNATURE_HEADER} header` };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value !== undefined && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value !== undefined && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined) return { valid: false, reason: 'the signature header has no timestamp t=<unix seconds>' };
  if (signatures.length === 0) return { valid: false, reason: 'the signature header has no v1=<hex HMAC-SHA256>' };
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const tolerance = options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) return { valid: false, reason: `the signature time is ${now - timestamp} s from now (more than ${tolerance} s: a replay or a wrong clock)` };
  const expected = Buffer.from(hmacHex(rawBody, secret, timestamp), 'hex');
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
  return matches ? { valid: true, timestampSeconds: timestamp } : { valid: false, reason: 'the signature does not match the body and secret' };
}
