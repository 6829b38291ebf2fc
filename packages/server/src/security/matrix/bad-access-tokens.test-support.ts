import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { AccessTokens } from '../credentials/access-tokens.js';

const HOUR_MS = 3_600_000;

function base64urlJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function subjectAndSession(token: string): { userId: string; sessionId: string } {
  const { sub, sid } = decodeJwt(token);
  if (typeof sub !== 'string' || typeof sid !== 'string') throw new Error('the access token has no sub or sid claim');
  return { userId: sub, sessionId: sid };
}

/**
 * Access tokens a server must refuse, each wrong in exactly one way and otherwise as good as a real admin's (the
 * admin's user and live session), so a server that skipped that one check would let the caller act as admin:
 * - `expired`: signed with the server's secret, issued an hour before `now`, valid for 60 s;
 * - `otherSecret`: signed with another random 32-byte secret;
 * - `algNone`: the admin's real claims, `alg: none` and no signature;
 * - `roleEdited`: a real viewer token whose payload now says `role: admin`, its signature kept.
 */
export async function badAccessTokens(options: { secret: Uint8Array; adminToken: string; viewerToken: string; now: number }): Promise<{
  expired: string;
  otherSecret: string;
  algNone: string;
  roleEdited: string;
}> {
  const admin = { ...subjectAndSession(options.adminToken), role: 'admin' as const };
  const expired = await new AccessTokens({ secret: options.secret, ttlSeconds: 60, now: () => options.now - HOUR_MS }).sign(admin);
  const otherSecret = await new AccessTokens({ secret: new Uint8Array(randomBytes(32)), now: () => options.now }).sign(admin);
  const [, adminPayload] = options.adminToken.split('.');
  const algNone = `${base64urlJson({ alg: 'none', typ: 'JWT' })}.${adminPayload ?? ''}.`;
  const [viewerHeader, , viewerSignature] = options.viewerToken.split('.');
  const roleEdited = `${viewerHeader ?? ''}.${base64urlJson({ ...decodeJwt(options.viewerToken), role: 'admin' })}.${viewerSignature ?? ''}`;
  return { expired: expired.token, otherSecret: otherSecret.token, algNone, roleEdited };
}
