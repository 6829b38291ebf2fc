import { useEffect, useRef } from 'react';
import type { ChannelMessage } from './live-socket.js';
import { useLiveSocket } from './live-socket-context.js';

/** Calls `onMessage` for every message on `channel` while the component is mounted (latest callback, one subscription). */
export function useLiveChannel(channel: string, onMessage: (message: ChannelMessage) => void): void {
  const socket = useLiveSocket();
  const latest = useRef(onMessage);
  latest.current = onMessage;
  useEffect(() => socket.listen(channel, (message) => latest.current(message)), [socket, channel]);
}
