import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The display preferences of this browser (not of the account: a desk and a phone may want different ones). */
export interface PreferencesState {
  readonly theme: 'dark' | 'light';
  /** An IANA time zone that times are shown in, e.g. `America/New_York`. */
  readonly timeZone: string;
  setTheme(theme: 'dark' | 'light'): void;
  setTimeZone(timeZone: string): void;
}

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'dark',
      timeZone: browserTimeZone(),
      setTheme: (theme) => set({ theme }),
      setTimeZone: (timeZone) => set({ timeZone }),
    }),
    {
      name: 'goldensignals.preferences',
      // Without localStorage (private modes, tests) the preferences last for the tab only.
      storage: createJSONStorage(() => globalThis.localStorage),
      partialize: (state) => ({ theme: state.theme, timeZone: state.timeZone }),
    },
  ),
);
