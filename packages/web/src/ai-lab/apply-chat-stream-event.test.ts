import { describe, expect, it } from 'vitest';
import { applyChatStreamEvent } from './apply-chat-stream-event.js';
import type { ChatMessage } from './chat-message.js';
import type { ChatStreamEvent } from './chat-stream-event.js';
import { startTurn, type StreamingTurn } from './streaming-turn.js';

const ANSWER: ChatMessage = { id: 'm2', role: 'assistant', content: 'AAPL is a BUY: 21 of 30 agents agree.', createdAt: '2026-05-01T10:00:01.000Z' };

function play(events: readonly ChatStreamEvent[]): StreamingTurn {
  return events.reduce(applyChatStreamEvent, startTurn('Why is AAPL a buy?'));
}

describe('applyChatStreamEvent', () => {
  it('appends tokens in order and keeps each tool call and citation once', () => {
    const turn = play([
      { type: 'tool', call: { id: 't1', name: 'get_signal', arguments: { symbol: 'AAPL' }, summary: 'AAPL BUY at 71%' } },
      { type: 'token', text: 'AAPL is ' },
      { type: 'citation', citation: { kind: 'signal', id: 's1', title: 'AAPL 1d BUY' } },
      { type: 'token', text: 'a BUY' },
      { type: 'tool', call: { id: 't1', name: 'get_signal', arguments: { symbol: 'AAPL' }, summary: 'again' } },
      { type: 'citation', citation: { kind: 'signal', id: 's1', title: 'AAPL 1d BUY (repeat)' } },
      { type: 'citation', citation: { kind: 'agent', id: 's1', title: 'an agent with the same id' } },
    ]);
    expect(turn.text).toBe('AAPL is a BUY');
    expect(turn.toolCalls.map((call) => call.summary)).toEqual(['AAPL BUY at 71%']);
    expect(turn.citations.map((citation) => citation.title)).toEqual(['AAPL 1d BUY', 'an agent with the same id']);
    expect(turn.status).toBe('streaming');
  });

  it('ends with the stored answer on done, whose text wins over the streamed one', () => {
    const turn = play([{ type: 'token', text: 'AAPL is a' }, { type: 'done', message: ANSWER }]);
    expect(turn).toMatchObject({ status: 'done', text: ANSWER.content, answer: ANSWER, error: null });
  });

  it('keeps the partial text and the message of an error, and ignores what comes after the end', () => {
    const turn = play([
      { type: 'token', text: 'Partial' },
      { type: 'error', code: 'GS_ERR_LLM_TIMEOUT', message: 'the language model did not answer within 60 s' },
      { type: 'token', text: ' late' },
      { type: 'done', message: ANSWER },
    ]);
    expect(turn).toMatchObject({ status: 'failed', text: 'Partial', error: 'the language model did not answer within 60 s', answer: null });
  });
});
