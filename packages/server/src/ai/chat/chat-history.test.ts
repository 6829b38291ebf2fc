import { describe, expect, it } from 'vitest';
import type { ConversationMessage } from '../../storage/repositories/conversation-repository.js';
import { historyFor } from './chat-history.js';

let position = 0;
function message(role: ConversationMessage['role'], content: string): ConversationMessage {
  position += 1;
  return { id: `m${position}`, conversationId: 'c', position, role, content, toolCalls: null, citations: null, incomplete: false, createdAt: new Date(0) };
}

describe('historyFor', () => {
  it('sends questions and answers, not tool results or empty answers, ending with the question', () => {
    const history = historyFor([message('user', 'q1'), message('tool', '{"price":1}'), message('assistant', 'a1'), message('user', 'q2'), message('assistant', ''), message('user', 'q3')]);
    expect(history).toEqual([
      { role: 'user', content: 'q1' },
      { role: 'assistant', content: 'a1' },
      { role: 'user', content: 'q2' },
      { role: 'user', content: 'q3' },
    ]);
  });

  it('keeps the newest 20 messages within 24,000 characters, starting with a question', () => {
    const long = Array.from({ length: 30 }, (_, k) => message(k % 2 === 0 ? 'user' : 'assistant', `${k}`));
    const kept = historyFor(long);
    expect(kept.map((item) => item.content)).toEqual(Array.from({ length: 20 }, (_, k) => `${k + 10}`));
    const big = [message('user', 'x'.repeat(20_000)), message('assistant', 'y'.repeat(3_000)), message('user', 'z'.repeat(2_000)), message('assistant', 'ok'), message('user', 'last')];
    expect(historyFor(big).map((item) => item.content.slice(0, 1))).toEqual(['z', 'o', 'l']);
    expect(historyFor([message('user', 'x'.repeat(30_000))])).toHaveLength(1);
  });
});
