import type { FastifyRequest } from 'fastify';
import type { RouteRole } from './route-role.js';

/**
 * The hook the security issue fills in: resolves the caller (token or API key) and throws an
 * `AppError` (401/403) when it may not use a route needing `role`. Without it every route is open,
 * as on a single-user install before accounts exist.
 */
export type AuthorizeRequest = (request: FastifyRequest, role: RouteRole) => Promise<void>;
