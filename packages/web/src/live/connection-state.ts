import { create } from 'zustand';

/** Where the shared WebSocket stands, shown in the app bar. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export const useConnectionState = create<{ readonly state: ConnectionState; set(state: ConnectionState): void }>((set) => ({
  state: 'offline',
  set: (state) => set({ state }),
}));
