import type { FastifyRequest } from 'fastify';
import type { RequestMeta } from '../../security/accounts/request-meta.js';

/** The client address (Fastify's, which honours TRUST_PROXY) and user agent of a request. */
export function requestMetaOf(request: FastifyRequest): RequestMeta {
  const agent = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof agent === 'string' ? agent : null };
}
