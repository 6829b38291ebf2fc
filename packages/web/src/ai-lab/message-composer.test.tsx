// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageComposer } from './message-composer.js';
import type { SpeechRecognitionLike, SpeechRecognitionResultListLike } from './speech-recognition-like.js';

/** Stands in for the browser's speech service (jsdom has none): the test says what was "heard". */
class ScriptedRecognition implements SpeechRecognitionLike {
  static last: ScriptedRecognition | null = null;
  lang = '';
  interimResults = false;
  continuous = true;
  onresult: ((event: { readonly results: SpeechRecognitionResultListLike }) => void) | null = null;
  onerror: ((event: { readonly error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;

  constructor() {
    ScriptedRecognition.last = this;
  }

  start(): void {
    this.started = true;
  }

  stop(): void {
    this.onend?.();
  }

  abort(): void {
    this.onend?.();
  }

  hear(...transcripts: string[]): void {
    this.onresult?.({ results: transcripts.map((transcript) => [{ transcript }]) });
  }
}

function Composer({ onSend }: { readonly onSend: (question: string) => void }) {
  const [draft, setDraft] = useState('');
  return <MessageComposer draft={draft} onDraftChange={setDraft} streaming={false} onSend={onSend} onStop={() => undefined} />;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  ScriptedRecognition.last = null;
});

describe('MessageComposer voice input', () => {
  it('offers no microphone where the browser cannot recognise speech', () => {
    render(<Composer onSend={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Dictate the question' })).toBeNull();
  });

  it('fills the box with interim results after what was typed, and sends what was dictated', () => {
    vi.stubGlobal('webkitSpeechRecognition', ScriptedRecognition);
    const sent: string[] = [];
    render(<Composer onSend={(question) => sent.push(question)} />);
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your question');
    fireEvent.change(box, { target: { value: 'Tell me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dictate the question' }));
    const recognition = ScriptedRecognition.last;
    expect(recognition?.started).toBe(true);
    expect(recognition?.interimResults).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop dictation' }).getAttribute('aria-pressed')).toBe('true');

    act(() => recognition?.hear('why is'));
    expect(box.value).toBe('Tell me why is');
    act(() => recognition?.hear('why is', ' Apple a buy'));
    expect(box.value).toBe('Tell me why is Apple a buy');
    act(() => recognition?.onend?.());
    expect(screen.getByRole('button', { name: 'Dictate the question' }).getAttribute('aria-pressed')).toBe('false');

    fireEvent.keyDown(box, { key: 'Enter' });
    expect(sent).toEqual(['Tell me why is Apple a buy']);
  });

  it('says why dictation stopped when the microphone is refused', () => {
    vi.stubGlobal('SpeechRecognition', ScriptedRecognition);
    render(<Composer onSend={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dictate the question' }));
    act(() => {
      ScriptedRecognition.last?.onerror?.({ error: 'not-allowed' });
      ScriptedRecognition.last?.onend?.();
    });
    expect(screen.getByRole('alert').textContent).toBe('The browser is not allowed to use the microphone: allow it for this site to dictate.');
  });
});
