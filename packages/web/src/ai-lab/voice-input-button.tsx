import { IconButton, Tooltip } from '@mui/material';
import { MicrophoneIcon } from './microphone-icon.js';
import type { VoiceInput } from './use-voice-input.js';

/** The microphone: starts and stops dictation; absent where the browser cannot recognise speech. */
export function VoiceInputButton({ voice, typed, disabled }: { readonly voice: VoiceInput; readonly typed: string; readonly disabled: boolean }) {
  if (!voice.available) return null;
  const label = voice.listening ? 'Stop dictation' : 'Dictate the question';
  return (
    <Tooltip title={label}>
      <span>
        <IconButton aria-label={label} aria-pressed={voice.listening} color={voice.listening ? 'error' : 'default'} disabled={disabled} onClick={() => (voice.listening ? voice.stop() : voice.start(typed))}>
          <MicrophoneIcon />
        </IconButton>
      </span>
    </Tooltip>
  );
}
