import { describe, expect, it } from 'vitest';
import { chatStreamEventOf } from './chat-stream-event-of.js';

describe('chatStreamEventOf', () => {
  it('reads each event type of the contract', () => {
    expect(chatStreamEventOf({ event: 'token', data: '{"text":"Hi"}' })).toEqual({ type: 'token', text: 'Hi' });
    expect(chatStreamEventOf({ event: 'tool', data: '{"id":"c1","name":"get_quote","arguments":{"symbol":"AAPL"},"summary":"AAPL 189.20"}' })).toEqual({
      type: 'tool',
      call: { id: 'c1', name: 'get_quote', arguments: { symbol: 'AAPL' }, summary: 'AAPL 189.20' },
    });
    expect(chatStreamEventOf({ event: 'citation', data: '{"kind":"quote","id":"AAPL","title":"AAPL quote","url":"/api/v1/market-data/AAPL"}' })).toEqual({
      type: 'citation',
      citation: { kind: 'quote', id: 'AAPL', title: 'AAPL quote', url: '/api/v1/market-data/AAPL' },
    });
    const message = { id: 'm1', role: 'assistant', content: 'Done.', createdAt: '2026-05-01T10:00:00.000Z', citations: [] };
    expect(chatStreamEventOf({ event: 'done', data: JSON.stringify({ message }) })).toEqual({ type: 'done', message });
    expect(chatStreamEventOf({ event: 'error', data: '{"code":"GS_ERR_LLM_UNAVAILABLE","message":"the model endpoint refused the connection"}' })).toEqual({
      type: 'error',
      code: 'GS_ERR_LLM_UNAVAILABLE',
      message: 'the model endpoint refused the connection',
    });
  });

  it('passes over event types it does not know', () => {
    expect(chatStreamEventOf({ event: 'message', data: '{"text":"x"}' })).toBeNull();
    expect(chatStreamEventOf({ event: 'progress', data: '{}' })).toBeNull();
  });

  it('turns a known event with the wrong data into an error naming the event', () => {
    const bad = { type: 'error', code: 'GS_ERR_BAD_STREAM' };
    expect(chatStreamEventOf({ event: 'token', data: 'not json' })).toMatchObject({ ...bad, message: 'the server sent an unreadable "token" event' });
    expect(chatStreamEventOf({ event: 'token', data: '{"text":3}' })).toMatchObject(bad);
    expect(chatStreamEventOf({ event: 'citation', data: '{"kind":"rumour","id":"1","title":"t"}' })).toMatchObject(bad);
    expect(chatStreamEventOf({ event: 'done', data: '{"message":{"id":"m1","role":"robot","content":"x"}}' })).toMatchObject(bad);
    expect(chatStreamEventOf({ event: 'tool', data: '["get_quote"]' })).toMatchObject(bad);
  });
});
