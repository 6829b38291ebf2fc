import { apiRequest } from '../api/api-client.js';
import type { AuthAnswer } from './session.js';

/** Whether the install still needs its first (admin) account, and who may register. */
export interface AuthStatus {
  readonly needsFirstAccount: boolean;
  readonly registration: 'open' | 'invite' | 'closed';
}

export const authApi = {
  status: () => apiRequest<AuthStatus>('GET', '/auth/status'),
  register: (input: { email: string; password: string; name?: string }) => apiRequest<AuthAnswer>('POST', '/auth/register', input),
  login: (input: { email: string; password: string }) => apiRequest<AuthAnswer>('POST', '/auth/login', input),
  logout: (refreshToken: string) => apiRequest<undefined>('POST', '/auth/logout', { refreshToken }),
};
