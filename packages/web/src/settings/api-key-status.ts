import type { ApiKeyView } from './api-key-view.js';

/** Whether a key still works at `now`: revoked and expired keys are kept in the list for the record. */
export function apiKeyStatus(key: ApiKeyView, now: number): 'active' | 'revoked' | 'expired' {
  if (key.revokedAt !== null) return 'revoked';
  if (key.expiresAt !== null && Date.parse(key.expiresAt) <= now) return 'expired';
  return 'active';
}
