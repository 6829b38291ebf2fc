import { describe, expect, it } from 'vitest';
import type { ActiveTurn } from './active-turn.js';
import type { ChatMessage } from './chat-message.js';
import { startTurn } from './streaming-turn.js';
import { transcriptOf } from './transcript-of.js';

const at = '2026-05-01T10:00:00.000Z';
const FIRST: ChatMessage[] = [
  { id: 'u1', role: 'user', content: 'Which agents are most accurate?', createdAt: at },
  { id: 't1', role: 'tool', content: '{"standings":[]}', toolCalls: [{ id: 'c1', name: 'compare_agents', arguments: {} }], createdAt: at },
  { id: 'a1', role: 'assistant', content: 'RSI leads.', toolCalls: [{ id: 'c1', name: 'compare_agents', arguments: {} }], citations: [{ kind: 'agent', id: 'rsi', title: 'RSI' }], createdAt: at },
];
const SECOND: ChatMessage[] = [
  { id: 'u2', role: 'user', content: 'Why is AAPL a buy?', createdAt: at },
  { id: 'a2', role: 'assistant', content: 'AAPL is a BUY.', createdAt: at },
];

function turn(status: ActiveTurn['status'], text: string): ActiveTurn {
  return { ...startTurn('Why is AAPL a buy?'), text, status, key: 7, conversationId: 'c', storedBefore: 2 };
}

describe('transcriptOf', () => {
  it('shows stored user and assistant messages with their calls and sources, not the tool results', () => {
    const shown = transcriptOf(FIRST, null);
    expect(shown.map((message) => [message.key, message.role, message.state])).toEqual([
      ['u1', 'user', 'stored'],
      ['a1', 'assistant', 'stored'],
    ]);
    expect(shown[1].toolCalls.map((call) => call.name)).toEqual(['compare_agents']);
    expect(shown[1].citations).toHaveLength(1);
  });

  it('adds the turn being streamed after the stored messages', () => {
    const shown = transcriptOf(FIRST, turn('streaming', 'AAPL is'));
    expect(shown.map((message) => [message.role, message.content, message.state])).toEqual([
      ['user', 'Which agents are most accurate?', 'stored'],
      ['assistant', 'RSI leads.', 'stored'],
      ['user', 'Why is AAPL a buy?', 'stored'],
      ['assistant', 'AAPL is', 'streaming'],
    ]);
  });

  it('keeps a stopped turn until its question and answer are stored, then shows only the stored ones', () => {
    expect(transcriptOf(FIRST, turn('stopped', 'AAPL')).at(-1)).toMatchObject({ content: 'AAPL', state: 'stopped' });
    expect(transcriptOf([...FIRST, SECOND[0]], turn('stopped', 'AAPL')).map((message) => message.key)).toEqual(['u1', 'a1', 'u2', 'answer-7']);
    expect(transcriptOf([...FIRST, ...SECOND], turn('done', 'AAPL is a BUY.')).map((message) => message.key)).toEqual(['u1', 'a1', 'u2', 'a2']);
  });
});
