import { check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';
import { USER_ROLES, type UserRole } from './users.js';

/**
 * Invitations to register while registration is invite-only: single use, expiring, stored hashed (the code is
 * shown once to the admin who made it). `created_by`/`used_by` have no foreign key: the record outlives accounts.
 */
export const invites = pgTable(
  'invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codeHash: text('code_hash').notNull(),
    role: text('role').$type<UserRole>().notNull().default('viewer'),
    email: text('email'),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    usedBy: uuid('used_by'),
  },
  (t) => [unique('invites_code_hash_key').on(t.codeHash), index('invites_created_at_idx').on(t.createdAt.desc()), check('invites_role_check', checkIn(t.role, USER_ROLES))],
);
