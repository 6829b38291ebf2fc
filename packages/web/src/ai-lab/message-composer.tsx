import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { isSendKey } from './is-send-key.js';
import { MAX_MESSAGE_LENGTH } from './max-message-length.js';
import { useVoiceInput } from './use-voice-input.js';
import { VoiceInputButton } from './voice-input-button.js';

/** What {@link MessageComposer} needs from the page. */
export interface MessageComposerProps {
  readonly draft: string;
  readonly onDraftChange: (draft: string) => void;
  readonly streaming: boolean;
  readonly onSend: (question: string) => void;
  readonly onStop: () => void;
}

/**
 * The question box: Enter sends, Shift+Enter starts a new line, at most 4000 characters with a counter, a microphone
 * where the browser can dictate; while an answer streams the box waits and Send becomes Stop.
 */
export function MessageComposer({ draft, onDraftChange, streaming, onSend, onStop }: MessageComposerProps) {
  const voice = useVoiceInput(onDraftChange, MAX_MESSAGE_LENGTH);
  const input = useRef<HTMLTextAreaElement>(null);
  const wasStreaming = useRef(streaming);
  // Back to the box when an answer ends, for the next question; not on load, which would scroll a phone to it.
  useEffect(() => {
    if (wasStreaming.current && !streaming) input.current?.focus();
    wasStreaming.current = streaming;
  }, [streaming]);
  const question = draft.trim();

  function send(): void {
    if (streaming || question === '') return;
    if (voice.listening) voice.stop();
    onSend(question);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (!isSendKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing })) return;
    event.preventDefault();
    send();
  }

  return (
    <Box
      component="form"
      aria-label="Ask the assistant"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        send();
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          id="ai-question"
          inputRef={input}
          label="Your question"
          placeholder="Ask about signals, agents, backtests or documents"
          value={draft}
          onChange={(event) => onDraftChange(event.target.value.slice(0, MAX_MESSAGE_LENGTH))}
          onKeyDown={onKeyDown}
          disabled={streaming}
          multiline
          minRows={1}
          maxRows={8}
          fullWidth
          helperText={`${draft.length} / ${MAX_MESSAGE_LENGTH} characters · Enter sends, Shift+Enter adds a line`}
          slotProps={{ htmlInput: { maxLength: MAX_MESSAGE_LENGTH } }}
        />
        <VoiceInputButton voice={voice} typed={draft} disabled={streaming} />
        {streaming ? (
          <Button variant="outlined" color="warning" onClick={onStop} sx={{ mt: 1 }}>
            Stop
          </Button>
        ) : (
          <Button type="submit" variant="contained" disabled={question === ''} sx={{ mt: 1 }}>
            Send
          </Button>
        )}
      </Stack>
      {voice.error !== null && (
        <Alert severity="warning" role="alert" sx={{ mt: 1 }}>
          {voice.error}
        </Alert>
      )}
    </Box>
  );
}
