import { errorOf, refreshSession } from '../api/api-client.js';
import { ApiError } from '../api/api-error.js';
import { useSessionStore } from '../auth/session-store.js';

const BASE = '/api/v1';

/** A request that `apiRequest` cannot send: a raw body (an uploaded file) or an answer read as a stream. */
export interface AuthorizedRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Blob | string;
  readonly signal?: AbortSignal;
}

/**
 * Sends `request` to `/api/v1<path>` with the session's access token as `apiRequest` does (an expired token is
 * refreshed once and the request repeated) and returns the answer unread, its body still a stream. An error answer
 * throws {@link ApiError} with the server's code and message; an abort by `request.signal` throws the AbortError.
 */
export async function authorizedFetch(path: string, request: AuthorizedRequest): Promise<Response> {
  const send = async (): Promise<Response> => {
    const token = useSessionStore.getState().accessToken;
    const headers: Record<string, string> = { ...request.headers };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    try {
      return await fetch(`${BASE}${path}`, { method: request.method, headers, body: request.body, signal: request.signal });
    } catch (error) {
      if (request.signal?.aborted === true) throw error;
      throw new ApiError(0, 'GS_ERR_NETWORK', `the server cannot be reached (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  if (!response.ok) throw await errorOf(response);
  return response;
}
