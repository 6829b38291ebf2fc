import type { FastifyRequest } from 'fastify';
import type { RouteRole } from './route-role.js';

/** Who is calling: a user (and the role they act with), or the install's owner while accounts are off. */
export interface Caller {
  /** `null` for the owner of a single-user install (no accounts yet): their rows have no user. */
  readonly userId: string | null;
  readonly role: Exclude<RouteRole, 'public'>;
  /** Set when the caller is a program using an API key (its rights are at most its owner's). */
  readonly apiKeyId?: string;
  /** The login session (refresh-token family) of an access token. */
  readonly sessionId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authorize hook (security issue); absent while accounts are off. */
    caller?: Caller;
  }
}

/** The owner of an install without accounts: may do everything, owns the rows without a user. */
export const LOCAL_OWNER: Caller = Object.freeze({ userId: null, role: 'admin' });

/** The caller of a request: the authenticated one, else the local owner. */
export function callerOf(request: FastifyRequest): Caller {
  return request.caller ?? LOCAL_OWNER;
}
