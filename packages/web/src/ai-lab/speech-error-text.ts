/** What a Web Speech API error code means to the person dictating; `null` when there is nothing to say (they stopped). */
export function speechErrorText(code: string): string | null {
  switch (code) {
    case 'aborted':
      return null;
    case 'no-speech':
      return 'No speech was heard. Press the microphone and speak again.';
    case 'not-allowed':
    case 'service-not-allowed':
      return 'The browser is not allowed to use the microphone: allow it for this site to dictate.';
    case 'audio-capture':
      return 'No microphone was found.';
    case 'network':
      return "Dictation needs the browser's speech service, which cannot be reached.";
    default:
      return `Dictation failed (${code}).`;
  }
}
