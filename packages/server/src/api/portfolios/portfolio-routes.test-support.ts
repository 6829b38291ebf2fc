import type { FastifyInstance, InjectOptions } from 'fastify';

/** `app.inject` with a JSON answer and, when `user` is given, that user as the caller (see the test's hook). */
export async function call<T>(app: FastifyInstance, method: InjectOptions['method'], url: string, payload?: object, user?: string): Promise<{ status: number; body: T }> {
  const response = await app.inject({ method, url, payload, headers: user === undefined ? {} : { 'x-test-user': user } });
  return { status: response.statusCode, body: response.json<T>() };
}
