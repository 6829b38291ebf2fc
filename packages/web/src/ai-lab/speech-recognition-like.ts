/** The part of the Web Speech API's recognition results this page reads. */
export interface SpeechRecognitionResultListLike {
  readonly length: number;
  readonly [index: number]: { readonly length: number; readonly [alternative: number]: { readonly transcript: string } };
}

/** The part of a recognition object (`SpeechRecognition`, `webkitSpeechRecognition`) this page uses. */
export interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { readonly results: SpeechRecognitionResultListLike }) => void) | null;
  onerror: ((event: { readonly error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

/** A constructor of {@link SpeechRecognitionLike}. */
export type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

/** The browser's speech recognition (standard or WebKit-prefixed), or `null` where there is none (Firefox, jsdom). */
export function speechRecognitionOf(scope: object): SpeechRecognitionConstructor | null {
  const candidates = scope as { readonly SpeechRecognition?: unknown; readonly webkitSpeechRecognition?: unknown };
  const found = candidates.SpeechRecognition ?? candidates.webkitSpeechRecognition;
  return typeof found === 'function' ? (found as SpeechRecognitionConstructor) : null;
}
