import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RouteRole } from '../auth/route-role.js';
import type { RouteRoleEntry } from './route-role-entry.js';

const PREFIX = '/api/v1';
const ROUTE_ROLES: readonly string[] = ['public', 'viewer', 'trader', 'admin'] satisfies readonly RouteRole[];

/** The routes of every app given to {@link watchRouteRoles}, as they were registered. */
const registeredRoutes = new WeakMap<object, RouteRoleEntry[]>();

function isRouteRole(value: unknown): value is RouteRole {
  return typeof value === 'string' && ROUTE_ROLES.includes(value);
}

/** `/portfolios/:id/orders/:orderId` → `/portfolios/{id}/orders/{orderId}`, as OpenAPI and the docs write it. */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function record(routes: RouteRoleEntry[], route: RouteOptions): void {
  if (!route.url.startsWith(`${PREFIX}/`) && route.url !== PREFIX) return;
  const role: unknown = route.config?.role;
  for (const method of Array.isArray(route.method) ? route.method : [route.method]) {
    // Fastify adds a HEAD twin to every GET; it shares the GET's config and is not an operation of its own.
    if (method === 'HEAD') continue;
    routes.push({ method: method.toUpperCase(), url: openApiPath(route.url), role: isRouteRole(role) ? role : null });
  }
}

/**
 * Records the role of every `/api/v1` route as it is registered (call before registering routes; `buildApp` does):
 * a finished Fastify app does not reveal a route's config, and the role table in the docs and the authorization
 * tests need it.
 */
export function watchRouteRoles(app: FastifyInstance): void {
  const routes: RouteRoleEntry[] = [];
  registeredRoutes.set(app, routes);
  app.addHook('onRoute', (route) => record(routes, route));
}

/**
 * Every `/api/v1` operation of an app and the least role it declares, sorted by url, then method (an app built by
 * `buildApp`, which watches its routes).
 */
export function routeRoles(app: FastifyInstance): RouteRoleEntry[] {
  const routes = registeredRoutes.get(app);
  if (routes === undefined) {
    throw new Error('this app was not built with watchRouteRoles (buildApp calls it before registering routes)');
  }
  return [...routes].sort((a, b) => (a.url === b.url ? compare(a.method, b.method) : compare(a.url, b.url)));
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
