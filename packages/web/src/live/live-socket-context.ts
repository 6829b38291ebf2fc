import { createContext, useContext } from 'react';
import type { LiveSocket } from './live-socket.js';

/** The app's one WebSocket, given to the tree by the app shell. */
export const LiveSocketContext = createContext<LiveSocket | null>(null);

/** The shared WebSocket; throws outside the app shell (a programming error, not a user one). */
export function useLiveSocket(): LiveSocket {
  const socket = useContext(LiveSocketContext);
  if (socket === null) throw new Error('useLiveSocket needs the LiveSocketContext provider of the app shell');
  return socket;
}
