import type { ApiKey } from '../../storage/repositories/api-key-repository.js';
import type { User } from '../../storage/repositories/user-repository.js';

/** An account as the API shows it (no hash, dates as ISO text). */
export function accountView(user: User): object {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** An API key as the API lists it (prefix only, never the secret or its hash). */
export function apiKeyView(key: ApiKey): object {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    createdAt: key.createdAt.toISOString(),
    expiresAt: key.expiresAt?.toISOString() ?? null,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
