import { useEffect, useRef, useState } from 'react';
import { dictatedText } from './dictated-text.js';
import { speechErrorText } from './speech-error-text.js';
import { speechRecognitionOf, type SpeechRecognitionLike } from './speech-recognition-like.js';

/** Dictation into a text box, where the browser has speech recognition. */
export interface VoiceInput {
  /** False where the browser has no speech recognition: the microphone is not offered. */
  readonly available: boolean;
  readonly listening: boolean;
  readonly error: string | null;
  /** Starts listening; what is heard is added after `typed`, interim results included, through `onText`. */
  start(typed: string): void;
  stop(): void;
}

/** Speech recognition (Web Speech API) filling a text box of at most `maxLength` characters as the person speaks. */
export function useVoiceInput(onText: (text: string) => void, maxLength: number): VoiceInput {
  const [Recognition] = useState(() => speechRecognitionOf(globalThis));
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = useRef<SpeechRecognitionLike | null>(null);
  const latestOnText = useRef(onText);
  useEffect(() => {
    latestOnText.current = onText;
  }, [onText]);
  // A microphone left open after the page is gone would keep listening.
  useEffect(() => () => active.current?.abort(), []);

  function start(typed: string): void {
    if (Recognition === null || active.current !== null) return;
    const recognition = new Recognition();
    recognition.lang = globalThis.navigator?.language ?? 'en-US';
    recognition.interimResults = true;
    recognition.continuous = false;
    recognition.onresult = (event) => latestOnText.current(dictatedText(typed, event.results, maxLength));
    recognition.onerror = (event) => setError(speechErrorText(event.error));
    recognition.onend = () => {
      active.current = null;
      setListening(false);
    };
    setError(null);
    try {
      recognition.start();
      active.current = recognition;
      setListening(true);
    } catch (failure) {
      setError(`Dictation could not start (${failure instanceof Error ? failure.message : String(failure)}).`);
    }
  }

  return { available: Recognition !== null, listening, error, start, stop: () => active.current?.stop() };
}
