import type { RouteRole } from '../auth/route-role.js';

/** One `/api/v1` operation and the least role it declares (`config.role`). */
export interface RouteRoleEntry {
  /** Upper case: `GET`, `POST`, ... */
  readonly method: string;
  /** The path as the OpenAPI document writes it, parameters in braces: `/api/v1/portfolios/{id}`. */
  readonly url: string;
  /** `null` when the route declares no role: the access control then checks nothing, so it is open to anyone. */
  readonly role: RouteRole | null;
}
