/** Credentials: password hashing and rules, access tokens, refresh tokens, API-key text and the signing secret. */
export * from './access-claims.js';
export * from './access-tokens.js';
export * from './api-key-text.js';
export * from './auth-secret.js';
export * from './common-passwords.js';
export * from './issued-refresh-token.js';
export * from './opaque-token.js';
export * from './password-hasher.js';
export * from './password-problems.js';
export * from './refresh-token-meta.js';
export * from './refresh-token-service.js';
export * from './rotation-result.js';
export * from './token-error.js';
export * from './token-hash.js';
