import { useSessionStore } from '../auth/session-store.js';
import type { AuthAnswer } from '../auth/session.js';
import { ApiError } from './api-error.js';

const BASE = '/api/v1';

interface ErrorBody {
  readonly code?: string;
  readonly message?: string;
  readonly problems?: readonly { readonly field: string; readonly message: string }[];
}

/** The {@link ApiError} of an error answer: the server's code, message and field problems. */
export async function errorOf(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  return new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? `the server answered ${response.status}`, body.problems ?? []);
}

let refreshing: Promise<boolean> | null = null;

/** Trades the refresh token for new tokens once, however many requests found theirs expired at the same time. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    const { refreshToken, signIn, signOut } = useSessionStore.getState();
    if (refreshToken === null) return false;
    try {
      const response = await fetch(`${BASE}/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken }) });
      if (!response.ok) {
        signOut();
        return false;
      }
      signIn((await response.json()) as AuthAnswer);
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/**
 * A JSON request to the API with the session's access token; an expired token is refreshed silently once and
 * the request repeated. Error answers become {@link ApiError} with the server's code and message.
 */
export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const send = async (): Promise<Response> => {
    const token = useSessionStore.getState().accessToken;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new ApiError(0, 'GS_ERR_NETWORK', `the server cannot be reached (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
