// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import type { AccountService } from '../../security/accounts/account-service.js';
import type { Database } from '../../storage/database.js';
import { AuditLogRepository } from '../../storage/repositories/audit-log-repository.js';
import type { Invite } from '../../storage/repositories/invite-repository.js';
import type { UserRole } from '../../storage/schema/users.js';
import { accountView } from '../auth/account-views.js';
import { ACCOUNT_ROLE_SCHEMA, ACCOUNT_SCHEMA, EMAIL_SCHEMA, PASSWORD_SCHEMA } from '../auth/auth-schemas.js';
import { requestMetaOf } from '../auth/request-meta-of.js';
import { ERROR_RESPONSES, TIME_SCHEMA, UUID_SCHEMA } from '../common-schemas.js';

/** What the admin routes need. */
export interface AdminRoutesOptions {
  readonly accounts: AccountService;
  readonly database: Database;
}

const tags = ['admin'];
const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } } as const;

const INVITE_SCHEMA = {
  type: 'object',
  required: ['id', 'role', 'email', 'createdAt', 'expiresAt', 'usedAt'],
  properties: { id: UUID_SCHEMA, role: ACCOUNT_ROLE_SCHEMA, email: { type: ['string', 'null'] }, createdAt: TIME_SCHEMA, expiresAt: TIME_SCHEMA, usedAt: { type: ['string', 'null'], format: 'date-time' } },
} as const;

function inviteView(invite: Invite): object {
  return { id: invite.id, role: invite.role, email: invite.email, createdAt: invite.createdAt.toISOString(), expiresAt: invite.expiresAt.toISOString(), usedAt: invite.usedAt?.toISOString() ?? null };
}

/** Users and roles, password resets, invitations and the audit log: admins only. */
export async function adminRoutes(app: FastifyInstance, options: AdminRoutesOptions): Promise<void> {
  const { accounts } = options;
  const audit = new AuditLogRepository(options.database.db);

  app.get('/admin/users', { config: { role: 'admin' }, schema: { tags, summary: 'Every account', response: { 200: { type: 'array', items: ACCOUNT_SCHEMA }, ...ERROR_RESPONSES } } }, async () =>
    (await accounts.listUsers()).map(accountView),
  );

  app.post<{ Body: { email: string; password: string; name?: string; role: UserRole } }>(
    '/admin/users',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Create an account (how people get in when registration is closed)',
        body: {
          type: 'object',
          required: ['email', 'password', 'role'],
          additionalProperties: false,
          properties: { email: EMAIL_SCHEMA, password: PASSWORD_SCHEMA, name: { type: 'string', minLength: 1, maxLength: 100 }, role: ACCOUNT_ROLE_SCHEMA },
        },
        response: { 201: ACCOUNT_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => reply.code(201).send(accountView(await accounts.createUser(callerOf(request), request.body, requestMetaOf(request)))),
  );

  app.patch<{ Params: { id: string }; Body: { role?: UserRole; disabled?: boolean } }>(
    '/admin/users/:id',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: "Change an account's role, or disable it (its sessions and WebSockets end) or enable it",
        params: ID_PARAMS,
        body: { type: 'object', minProperties: 1, additionalProperties: false, properties: { role: ACCOUNT_ROLE_SCHEMA, disabled: { type: 'boolean' } } },
        response: { 200: ACCOUNT_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => accountView(await accounts.updateUser(callerOf(request), request.params.id, request.body, requestMetaOf(request))),
  );

  app.post<{ Params: { id: string }; Body: { password: string } }>(
    '/admin/users/:id/password',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: "Set a new password for an account (its sessions end); tell the user through another channel",
        params: ID_PARAMS,
        body: { type: 'object', required: ['password'], additionalProperties: false, properties: { password: PASSWORD_SCHEMA } },
        response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await accounts.resetPassword(callerOf(request), request.params.id, request.body.password, requestMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.get('/admin/invites', { config: { role: 'admin' }, schema: { tags, summary: 'Invitations, newest first', response: { 200: { type: 'array', items: INVITE_SCHEMA }, ...ERROR_RESPONSES } } }, async () =>
    (await accounts.listInvites()).map(inviteView),
  );

  app.post<{ Body: { role?: UserRole; email?: string; expiresInHours?: number } }>(
    '/admin/invites',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Invite someone (REGISTRATION=invite); the code is in this answer only',
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { role: ACCOUNT_ROLE_SCHEMA, email: EMAIL_SCHEMA, expiresInHours: { type: 'integer', minimum: 1, maximum: 24 * 90 } },
        },
        response: { 201: { type: 'object', required: ['code', 'invite'], properties: { code: { type: 'string' }, invite: INVITE_SCHEMA } }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const created = await accounts.createInvite(callerOf(request), { role: body.role ?? 'viewer', email: body.email ?? null, expiresInHours: body.expiresInHours }, requestMetaOf(request));
      return reply.code(201).send({ code: created.code, invite: inviteView(created.invite) });
    },
  );

  app.get<{ Querystring: { event?: string; userId?: string; before?: number; limit: number } }>(
    '/admin/audit-log',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Security and admin events, newest first (page with `before` = the last id seen)',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            event: { type: 'string', minLength: 1, maxLength: 100 },
            userId: UUID_SCHEMA,
            before: { type: 'integer', minimum: 1 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
        },
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'time', 'event', 'userId', 'ip', 'userAgent', 'details'],
              properties: {
                id: { type: 'integer' },
                time: TIME_SCHEMA,
                event: { type: 'string' },
                userId: { type: ['string', 'null'] },
                ip: { type: ['string', 'null'] },
                userAgent: { type: ['string', 'null'] },
                details: { type: 'object', additionalProperties: true },
              },
            },
          },
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const rows = await audit.list(request.query);
      return rows.map((row) => ({ ...row, time: row.time.toISOString() }));
    },
  );
}
