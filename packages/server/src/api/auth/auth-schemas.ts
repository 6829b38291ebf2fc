import { TIME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

const ROLE_SCHEMA = { type: 'string', enum: ['viewer', 'trader', 'admin'] } as const;

/** An e-mail address: loose on purpose (the only real check is that mail arrives), bounded in length. */
export const EMAIL_SCHEMA = { type: 'string', minLength: 3, maxLength: 320, pattern: '^[^\\s@]{1,64}@[^\\s@]{1,255}$' } as const;

/** Passwords are checked for strength by the service; the schema only bounds them. */
export const PASSWORD_SCHEMA = { type: 'string', minLength: 1, maxLength: 1024 } as const;

export const ACCOUNT_ROLE_SCHEMA = ROLE_SCHEMA;

/** `user` of the auth answers (exactly the wire format other tools rely on). */
export const AUTH_USER_SCHEMA = {
  type: 'object',
  required: ['id', 'email', 'role'],
  properties: { id: UUID_SCHEMA, email: { type: 'string' }, role: ROLE_SCHEMA },
} as const;

/** The answer of register, login and refresh. */
export const AUTH_ANSWER_SCHEMA = {
  type: 'object',
  required: ['accessToken', 'refreshToken', 'accessTokenExpiresAt', 'user'],
  properties: { accessToken: { type: 'string' }, refreshToken: { type: 'string' }, accessTokenExpiresAt: TIME_SCHEMA, user: AUTH_USER_SCHEMA },
} as const;

/** An account as its owner and admins see it. */
export const ACCOUNT_SCHEMA = {
  type: 'object',
  required: ['id', 'email', 'name', 'role', 'disabled', 'createdAt', 'lastLoginAt'],
  properties: {
    id: UUID_SCHEMA,
    email: { type: 'string' },
    name: { type: ['string', 'null'] },
    role: ROLE_SCHEMA,
    disabled: { type: 'boolean' },
    createdAt: TIME_SCHEMA,
    lastLoginAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

/** An API key as listed (never its secret). */
export const API_KEY_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'prefix', 'role', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'],
  properties: {
    id: UUID_SCHEMA,
    name: { type: 'string' },
    prefix: { type: 'string' },
    role: ROLE_SCHEMA,
    createdAt: TIME_SCHEMA,
    expiresAt: { type: ['string', 'null'], format: 'date-time' },
    lastUsedAt: { type: ['string', 'null'], format: 'date-time' },
    revokedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;
