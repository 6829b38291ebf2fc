import { create } from 'zustand';
import type { AuthAnswer, SessionUser } from './session.js';

const REFRESH_KEY = 'goldensignals.refreshToken';

/** The session of the tab: the access token in memory only, the refresh token kept to survive a reload. */
export interface SessionState {
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  readonly user: SessionUser | null;
  signIn(answer: AuthAnswer): void;
  signOut(): void;
}

function storedRefreshToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(REFRESH_KEY) ?? null;
  } catch {
    return null;
  }
}

export const useSessionStore = create<SessionState>((set) => ({
  accessToken: null,
  refreshToken: storedRefreshToken(),
  user: null,
  signIn(answer) {
    globalThis.localStorage?.setItem(REFRESH_KEY, answer.refreshToken);
    set({ accessToken: answer.accessToken, refreshToken: answer.refreshToken, user: answer.user });
  },
  signOut() {
    globalThis.localStorage?.removeItem(REFRESH_KEY);
    set({ accessToken: null, refreshToken: null, user: null });
  },
}));
