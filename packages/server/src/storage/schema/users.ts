import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { checkIn } from './check-in.js';
import { timestamptz } from './columns.js';

/** Roles, least to most privileged. */
export const USER_ROLES = ['viewer', 'trader', 'admin'] as const;

/** A role of the security model: viewer reads, trader also acts, admin also administers. */
export type UserRole = (typeof USER_ROLES)[number];

/** Accounts. E-mail addresses are unique regardless of case. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<UserRole>().notNull().default('viewer'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    lastLoginAt: timestamptz('last_login_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`), check('users_role_check', checkIn(t.role, USER_ROLES))],
);
