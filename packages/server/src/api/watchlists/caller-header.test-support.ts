import type { FastifyInstance } from 'fastify';
import type { Caller } from '../../auth/caller.js';

/** Header naming the user a test request acts as; without it the request is the install owner's. */
export const TEST_USER_HEADER = 'x-test-user-id';

/**
 * Stands in for the security issue's authorize hook in route tests: a request carrying
 * {@link TEST_USER_HEADER} is that user's, with `role`.
 */
export function callerFromHeader(app: FastifyInstance, role: Caller['role'] = 'trader'): void {
  app.addHook('onRequest', async (request) => {
    const userId = request.headers[TEST_USER_HEADER];
    if (typeof userId === 'string') request.caller = { userId, role };
  });
}
