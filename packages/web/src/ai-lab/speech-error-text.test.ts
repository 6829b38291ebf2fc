import { describe, expect, it } from 'vitest';
import { speechErrorText } from './speech-error-text.js';

describe('speechErrorText', () => {
  it('explains refusals and silence, and says nothing when the person stopped', () => {
    expect(speechErrorText('not-allowed')).toBe('The browser is not allowed to use the microphone: allow it for this site to dictate.');
    expect(speechErrorText('no-speech')).toBe('No speech was heard. Press the microphone and speak again.');
    expect(speechErrorText('aborted')).toBeNull();
    expect(speechErrorText('bad-grammar')).toBe('Dictation failed (bad-grammar).');
  });
});
