/** Who may call a route: the least role it needs (`public` for anonymous routes). The security issue enforces it. */
export type RouteRole = 'public' | 'viewer' | 'trader' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role a route needs; every `/api/v1` route declares one (checked by a test). */
    role?: RouteRole;
  }
}
