import { asc, count, eq, sql, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { users, type UserRole } from '../schema/users.js';
import { isUuid } from './is-uuid.js';
import { StorageConflictError } from './storage-conflict-error.js';
import { uniqueViolation } from './unique-violation.js';

/** An account as the API may show it (never the password hash). */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string | null;
  readonly role: UserRole;
  readonly disabled: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly lastLoginAt: Date | null;
}

/** What a new account is made of; the caller hashes the password. */
export interface NewUser {
  readonly email: string;
  readonly passwordHash: string;
  readonly name?: string | null;
  /** Role of accounts after the first (default `viewer`); the first account is always `admin`. */
  readonly role?: UserRole;
}

function toUser(row: InferSelectModel<typeof users>): User {
  const { passwordHash: _hash, ...user } = row;
  return user;
}

/** Accounts. E-mail addresses are matched without regard to case. */
export class UserRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Creates an account; the first one ever becomes `admin`. The table is locked for the check, so two
   * first registrations at once cannot both become admin. A taken e-mail is a StorageConflictError.
   */
  async create(input: NewUser): Promise<User> {
    try {
      const row = await this.db.transaction(async (tx) => {
        await tx.execute(sql`LOCK TABLE ${users} IN SHARE ROW EXCLUSIVE MODE`);
        const [{ n }] = await tx.select({ n: count() }).from(users);
        const role: UserRole = n === 0 ? 'admin' : (input.role ?? 'viewer');
        const [inserted] = await tx
          .insert(users)
          .values({ email: input.email.trim(), passwordHash: input.passwordHash, name: input.name ?? null, role })
          .returning();
        return inserted;
      });
      return toUser(row);
    } catch (error) {
      if (uniqueViolation(error) === 'users_email_key') throw new StorageConflictError('email', 'an account with this e-mail address exists', { cause: error });
      throw error;
    }
  }

  /** The account with this id, or `null`. */
  async byId(id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row === undefined ? null : toUser(row);
  }

  /** The account with this e-mail address (any case), or `null`. */
  async byEmail(email: string): Promise<User | null> {
    return (await this.credentials(email))?.user ?? null;
  }

  /** The account and its password hash, for checking a login. */
  async credentials(email: string): Promise<{ readonly user: User; readonly passwordHash: string } | null> {
    const [row] = await this.db.select().from(users).where(sql`lower(${users.email}) = lower(${email.trim()})`);
    return row === undefined ? null : { user: toUser(row), passwordHash: row.passwordHash };
  }

  /** Every account, oldest first. */
  async list(): Promise<User[]> {
    return (await this.db.select().from(users).orderBy(asc(users.createdAt), asc(users.id))).map(toUser);
  }

  /** How many accounts exist. */
  async count(): Promise<number> {
    const [{ n }] = await this.db.select({ n: count() }).from(users);
    return n;
  }

  /** Changes fields of an account; `null` when there is no such account. */
  async update(id: string, changes: { readonly role?: UserRole; readonly passwordHash?: string; readonly name?: string | null; readonly disabled?: boolean }): Promise<User | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    return row === undefined ? null : toUser(row);
  }

  /** Notes a successful login. */
  async recordLogin(id: string, at: Date = new Date()): Promise<void> {
    if (isUuid(id)) await this.db.update(users).set({ lastLoginAt: at }).where(eq(users.id, id));
  }
}
