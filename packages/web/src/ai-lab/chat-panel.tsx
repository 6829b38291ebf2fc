import { Alert, Box, Stack, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import type { ActiveTurn } from './active-turn.js';
import type { ChatMessage } from './chat-message.js';
import { MessageBubble } from './message-bubble.js';
import { MessageComposer } from './message-composer.js';
import { SuggestedQuestions } from './suggested-questions.js';
import { transcriptOf } from './transcript-of.js';

/** What {@link ChatPanel} needs from the page. */
export interface ChatPanelProps {
  readonly title: string;
  /** The stored messages; `null` while they load. */
  readonly messages: readonly ChatMessage[] | null;
  readonly loadError: string | null;
  readonly turn: ActiveTurn | null;
  readonly notice: string | null;
  readonly toolSummaries: ReadonlyMap<string, string>;
  readonly draft: string;
  readonly onDraftChange: (draft: string) => void;
  readonly onAsk: (question: string) => void;
  readonly onStop: () => void;
  readonly onOpenSignal: (signalId: string) => void;
}

/** Pixels from the bottom within which the transcript follows a streaming answer. */
const FOLLOW_MARGIN = 80;

/** The open conversation: its messages, the answer streaming in, suggested questions when empty, and the question box. */
export function ChatPanel({ title, messages, loadError, turn, notice, toolSummaries, draft, onDraftChange, onAsk, onStop, onOpenSignal }: ChatPanelProps) {
  const transcript = transcriptOf(messages ?? [], turn);
  const streaming = turn?.status === 'streaming';
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastText = transcript.at(-1)?.content ?? '';
  // Follow the answer as it grows, unless the reader has scrolled up to read something earlier.
  useEffect(() => {
    const box = scroller.current;
    if (box !== null && following.current) box.scrollTop = box.scrollHeight;
  }, [transcript.length, lastText]);

  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <Typography variant="h6" component="h2" noWrap>
        {title}
      </Typography>
      {loadError !== null && (
        <Alert severity="error" role="alert">
          {loadError}
        </Alert>
      )}
      <Box
        ref={scroller}
        onScroll={(event) => {
          const box = event.currentTarget;
          following.current = box.scrollHeight - box.scrollTop - box.clientHeight < FOLLOW_MARGIN;
        }}
        sx={{ maxHeight: { md: '60vh' }, overflow: { md: 'auto' } }}
      >
        {messages === null && loadError === null && <Typography color="text.secondary">Loading the conversation…</Typography>}
        {messages !== null && transcript.length === 0 && <SuggestedQuestions disabled={streaming} onAsk={onAsk} />}
        {transcript.length > 0 && (
          <Stack component="ol" spacing={1.5} aria-label="Messages" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {transcript.map((message) => (
              <MessageBubble key={message.key} message={message} toolSummaries={toolSummaries} onOpenSignal={onOpenSignal} />
            ))}
          </Stack>
        )}
      </Box>
      {notice !== null && (
        <Alert severity="error" role="alert">
          {notice}
        </Alert>
      )}
      <MessageComposer draft={draft} onDraftChange={onDraftChange} streaming={streaming} onSend={onAsk} onStop={onStop} />
    </Stack>
  );
}
