import { describe, expect, it } from 'vitest';
import { speechRecognitionOf } from './speech-recognition-like.js';

class Recognition {
  readonly lang = 'en-US';
}

describe('speechRecognitionOf', () => {
  it('finds the standard or the WebKit recognition, and nothing where neither exists', () => {
    expect(speechRecognitionOf({ SpeechRecognition: Recognition })).toBe(Recognition);
    expect(speechRecognitionOf({ webkitSpeechRecognition: Recognition })).toBe(Recognition);
    expect(speechRecognitionOf({})).toBeNull();
    expect(speechRecognitionOf({ SpeechRecognition: 'not a constructor' })).toBeNull();
  });
});
