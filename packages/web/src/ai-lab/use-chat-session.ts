import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error.js';
import type { ActiveTurn } from './active-turn.js';
import { AI_LAB_QUERY_KEYS as KEYS } from './ai-lab-query-keys.js';
import { applyChatStreamEvent } from './apply-chat-stream-event.js';
import { sendChatMessage } from './send-chat-message.js';
import { startTurn } from './streaming-turn.js';

/** What {@link useChatSession} gives the page. */
export interface ChatSession {
  readonly turn: ActiveTurn | null;
  /** Why the last question failed, until the next one is asked. */
  readonly notice: string | null;
  /** One-line summaries of the tool calls seen streaming, by call id: stored messages keep only the calls. */
  readonly toolSummaries: ReadonlyMap<string, string>;
  /** Asks and streams the answer; `refused` when the server took nothing (the question should go back in the box). */
  ask(conversationId: string, question: string, storedBefore: number): Promise<'answered' | 'refused'>;
  /** Aborts the answer being streamed; the server keeps what was said so far. */
  stop(): void;
  /** Shows `message` as the notice (a failure around the question, e.g. creating its conversation). */
  report(message: string): void;
}

/** The page's one answer stream at a time: its turn as it streams, Stop, and the stored conversation re-read at the end. */
export function useChatSession(): ChatSession {
  const client = useQueryClient();
  const [turn, setTurn] = useState<ActiveTurn | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toolSummaries, setToolSummaries] = useState<ReadonlyMap<string, string>>(new Map());
  const running = useRef<AbortController | null>(null);
  const asked = useRef(0);
  // Leaving the page ends the stream; the server stores the partial answer.
  useEffect(() => () => running.current?.abort(), []);

  const ask = useCallback(
    async (conversationId: string, question: string, storedBefore: number): Promise<'answered' | 'refused'> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      asked.current += 1;
      const key = asked.current;
      const update = (change: (current: ActiveTurn) => ActiveTurn | null): void => setTurn((current) => (current?.key === key ? change(current) : current));
      setNotice(null);
      setTurn({ ...startTurn(question), key, conversationId, storedBefore });
      let outcome: 'answered' | 'refused' = 'answered';
      try {
        await sendChatMessage(conversationId, question, {
          signal: controller.signal,
          onEvent: (event) => {
            if (event.type === 'tool') setToolSummaries((known) => new Map(known).set(event.call.id, event.call.summary));
            if (event.type === 'error') setNotice(event.message);
            update((current) => ({ ...current, ...applyChatStreamEvent(current, event) }));
          },
        });
      } catch (error) {
        if (controller.signal.aborted) {
          update((current) => (current.status === 'streaming' ? { ...current, status: 'stopped' } : current));
        } else if (error instanceof ApiError) {
          // Refused before any answer (too long, rate limited, conversation gone, server unreachable).
          outcome = 'refused';
          update(() => null);
          setNotice(error.message);
        } else {
          const message = `the answer was cut off: ${error instanceof Error ? error.message : String(error)}`;
          update((current) => ({ ...current, status: 'failed', error: message }));
          setNotice(message);
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
      await Promise.all([client.invalidateQueries({ queryKey: KEYS.conversation(conversationId) }), client.invalidateQueries({ queryKey: KEYS.conversations })]);
      return outcome;
    },
    [client],
  );

  const stop = useCallback(() => running.current?.abort(), []);
  const report = useCallback((message: string) => setNotice(message), []);
  return { turn, notice, toolSummaries, ask, stop, report };
}
