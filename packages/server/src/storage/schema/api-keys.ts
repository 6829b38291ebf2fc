import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { USER_ROLES, users, type UserRole } from './users.js';

/** Keys for programs: only a hash is stored; the prefix identifies a key in lists and logs. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    role: text('role').$type<UserRole>().notNull(),
    scopes: text('scopes').array().notNull().default([]),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at'),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [
    unique('api_keys_prefix_key').on(t.prefix),
    unique('api_keys_key_hash_key').on(t.keyHash),
    index('api_keys_user_idx').on(t.userId),
    check('api_keys_role_check', checkIn(t.role, USER_ROLES)),
  ],
);
