// Adds OpenAPI's `tags` and `summary` to Fastify's route schema type.
import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import type { AccountService } from '../../security/accounts/account-service.js';
import type { CredentialChecker } from '../../security/accounts/credential-checker.js';
import type { UserRole } from '../../storage/schema/users.js';
import { ERROR_RESPONSES, UUID_SCHEMA } from '../common-schemas.js';
import { accountView, apiKeyView } from './account-views.js';
import { ACCOUNT_ROLE_SCHEMA, ACCOUNT_SCHEMA, API_KEY_SCHEMA, AUTH_ANSWER_SCHEMA, EMAIL_SCHEMA, PASSWORD_SCHEMA } from './auth-schemas.js';
import { requestMetaOf } from './request-meta-of.js';

/** What the auth routes need. */
export interface AuthRoutesOptions {
  readonly accounts: AccountService;
  readonly credentials: CredentialChecker;
}

const tags = ['auth'];
/** Anonymous account routes get a tighter per-IP budget than the general one: they are what attackers hammer. */
const ANONYMOUS_ACCOUNT_LIMIT = { max: 30, timeWindow: 60_000 };

/** Accounts and sessions: register, login, refresh, logout, me, password, API keys. */
export async function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): Promise<void> {
  const { accounts, credentials } = options;

  app.get(
    '/auth/status',
    {
      config: { role: 'public' },
      schema: {
        tags,
        summary: 'Whether the first (admin) account still has to be created, and who may register',
        response: {
          200: { type: 'object', required: ['needsFirstAccount', 'registration'], properties: { needsFirstAccount: { type: 'boolean' }, registration: { type: 'string', enum: ['open', 'invite', 'closed'] } } },
          ...ERROR_RESPONSES,
        },
      },
    },
    async () => ({ needsFirstAccount: await accounts.needsFirstAccount(), registration: accounts.registration }),
  );

  app.post<{ Body: { email: string; password: string; name?: string; inviteCode?: string } }>(
    '/auth/register',
    {
      config: { role: 'public', rateLimit: ANONYMOUS_ACCOUNT_LIMIT },
      schema: {
        tags,
        summary: 'Create an account (the first one becomes admin; later ones are viewers until an admin changes that)',
        body: {
          type: 'object',
          required: ['email', 'password'],
          additionalProperties: false,
          properties: { email: EMAIL_SCHEMA, password: PASSWORD_SCHEMA, name: { type: 'string', minLength: 1, maxLength: 100 }, inviteCode: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        response: { 201: AUTH_ANSWER_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => reply.code(201).send(await accounts.register(request.body, requestMetaOf(request))),
  );

  app.post<{ Body: { email: string; password: string } }>(
    '/auth/login',
    {
      config: { role: 'public', rateLimit: ANONYMOUS_ACCOUNT_LIMIT },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: { type: 'object', required: ['email', 'password'], additionalProperties: false, properties: { email: { type: 'string', minLength: 1, maxLength: 320 }, password: PASSWORD_SCHEMA } },
        response: { 200: AUTH_ANSWER_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => accounts.login(request.body.email, request.body.password, requestMetaOf(request)),
  );

  app.post<{ Body: { refreshToken: string } }>(
    '/auth/refresh',
    {
      config: { role: 'public', rateLimit: ANONYMOUS_ACCOUNT_LIMIT },
      schema: {
        tags,
        summary: 'Trade a refresh token for new tokens (each refresh token works once; reusing one ends the session)',
        body: { type: 'object', required: ['refreshToken'], additionalProperties: false, properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: { 200: AUTH_ANSWER_SCHEMA, ...ERROR_RESPONSES },
      },
    },
    async (request) => accounts.refresh(request.body.refreshToken, requestMetaOf(request)),
  );

  app.post<{ Body: { refreshToken?: string } | null | undefined }>(
    '/auth/logout',
    {
      config: { role: 'public', rateLimit: ANONYMOUS_ACCOUNT_LIMIT },
      schema: {
        tags,
        summary: "End a session: the refresh token's, or the one of the access token sent",
        // No body at all is fine: a client may log out with just its access token.
        body: { type: ['object', 'null'], additionalProperties: false, properties: { refreshToken: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const refreshToken = request.body?.refreshToken;
      const caller = refreshToken === undefined ? await credentials.callerOfRequest(request) : null;
      await accounts.logout({ refreshToken, caller: caller ?? undefined }, requestMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'The signed-in account (and, for a program, the key it uses)',
        response: { 200: { ...ACCOUNT_SCHEMA, properties: { ...ACCOUNT_SCHEMA.properties, apiKeyId: { type: ['string', 'null'] }, actingRole: ACCOUNT_ROLE_SCHEMA } }, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      return { ...accountView(await accounts.me(caller)), apiKeyId: caller.apiKeyId ?? null, actingRole: caller.role };
    },
  );

  app.post<{ Body: { currentPassword: string; newPassword: string } }>(
    '/auth/password',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Change your password (every session of the account ends; sign in again)',
        body: { type: 'object', required: ['currentPassword', 'newPassword'], additionalProperties: false, properties: { currentPassword: PASSWORD_SCHEMA, newPassword: PASSWORD_SCHEMA } },
        response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      if (caller.apiKeyId !== undefined) throw new AppError('GS_ERR_FORBIDDEN', 'an API key cannot change the password; sign in as the account');
      await accounts.changePassword(caller, request.body.currentPassword, request.body.newPassword, requestMetaOf(request));
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/api-keys',
    {
      config: { role: 'trader' },
      schema: { tags, summary: 'Your API keys (prefixes only)', response: { 200: { type: 'array', items: API_KEY_SCHEMA }, ...ERROR_RESPONSES } },
    },
    async (request) => (await accounts.listApiKeys(callerOf(request))).map(apiKeyView),
  );

  app.post<{ Body: { name: string; role?: UserRole; expiresAt?: string } }>(
    '/auth/api-keys',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Create an API key with at most your rights; the key is shown in this answer only',
        body: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, role: ACCOUNT_ROLE_SCHEMA, expiresAt: { type: 'string', format: 'date-time' } },
        },
        response: { 201: { type: 'object', required: ['key', 'apiKey'], properties: { key: { type: 'string' }, apiKey: API_KEY_SCHEMA } }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { name, role, expiresAt } = request.body;
      const created = await accounts.createApiKey(callerOf(request), { name: name.trim() || name, role, expiresAt: expiresAt === undefined ? null : new Date(expiresAt) }, requestMetaOf(request));
      return reply.code(201).send({ key: created.key, apiKey: apiKeyView(created.apiKey) });
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/auth/api-keys/:id',
    {
      config: { role: 'trader' },
      schema: {
        tags,
        summary: 'Revoke an API key (programs using it are refused at once; their WebSockets close)',
        params: { type: 'object', required: ['id'], properties: { id: UUID_SCHEMA } },
        response: { 204: { type: 'null' }, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await accounts.revokeApiKey(callerOf(request), request.params.id, requestMetaOf(request));
      return reply.code(204).send();
    },
  );
}
