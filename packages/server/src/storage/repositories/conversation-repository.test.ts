import { expect, it } from 'vitest';
import { useConversationTables } from '../../ai/chat/conversation-tables.test-support.js';
import { conversationMessages } from '../schema/conversation-messages.js';
import { conversations } from '../schema/conversations.js';
import { databaseSchemaFacts } from '../test-support/database-schema-facts.test-support.js';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { drizzleSchemaFacts } from '../test-support/drizzle-schema-facts.test-support.js';
import { ConversationRepository } from './conversation-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('ConversationRepository', (context) => {
  useConversationTables(context);
  const repository = () => new ConversationRepository(context.database.db);
  const user = (email: string) => new UserRepository(context.database.db).create({ email, passwordHash: 'h' });

  it('describes in Drizzle exactly the tables, keys and checks migration 0011 creates', async () => {
    const mine = (fact: string) => / (conversations|conversation_messages)\b/.test(fact) || /^(table|column|primary key|unique|index|check) conversation/.test(fact);
    const migrated = (await databaseSchemaFacts(context.database.db)).filter(mine);
    expect(migrated).toEqual(drizzleSchemaFacts([conversations, conversationMessages]).filter(mine));
    expect(migrated).toContain('unique conversation_messages_position_key on conversation_messages (conversation_id, position)');
    expect(migrated).toContain('column conversations.title text');
  });

  it("keeps each owner's conversations apart, the install owner's (no user) included, newest activity first", async () => {
    const repo = repository();
    const ada = await user('ada@example.com');
    const bob = await user('bob@example.com');
    const first = await repo.createWithin(ada.id, null, 10);
    const second = await repo.createWithin(ada.id, 'Second', 10);
    const bobs = await repo.createWithin(bob.id, 'Bob', 10);
    const owners = await repo.createWithin(null, 'Owner', 10);
    expect(first).toMatchObject({ userId: ada.id, title: null });
    expect((await repo.listFor(ada.id, 50)).map((row) => row.title)).toEqual(['Second', null]);
    await repo.append(first?.id ?? '', [{ role: 'user', content: 'hello' }]);
    expect((await repo.listFor(ada.id, 50)).map((row) => row.id)).toEqual([first?.id, second?.id]);
    expect((await repo.listFor(null, 50)).map((row) => row.id)).toEqual([owners?.id]);
    expect(await repo.ownedBy(bob.id, first?.id ?? '')).toBeNull();
    expect(await repo.ownedBy(null, first?.id ?? '')).toBeNull();
    expect(await repo.ownedBy(bob.id, bobs?.id ?? '')).toMatchObject({ title: 'Bob' });
    expect(await repo.deleteOwned(bob.id, first?.id ?? '')).toBe(false);
    expect(await repo.ownedBy('not-a-uuid', first?.id ?? '')).toBeNull();
    expect(await repo.countFor(ada.id)).toBe(2);
  });

  it('refuses a conversation beyond the limit per owner, counting only that owner', async () => {
    const repo = repository();
    const ada = await user('ada@example.com');
    expect(await repo.createWithin(ada.id, 'a', 2)).not.toBeNull();
    expect(await repo.createWithin(ada.id, 'b', 2)).not.toBeNull();
    expect(await repo.createWithin(ada.id, 'c', 2)).toBeNull();
    expect(await repo.createWithin(null, 'owner', 2)).not.toBeNull();
    expect(await repo.countFor(ada.id)).toBe(2);
  });

  it('appends messages in order with their tool calls, citations and the incomplete mark, and deletes them with the conversation', async () => {
    const repo = repository();
    const conversation = await repo.createWithin(null, null, 10);
    const id = conversation?.id ?? '';
    await repo.append(id, [{ role: 'user', content: 'why is AAPL a buy?' }]);
    const citation = { kind: 'signal', id: '11111111-1111-4111-8111-111111111111', title: 'AAPL 1d BUY', url: '/api/v1/signals/11111111-1111-4111-8111-111111111111/details' } as const;
    const call = { id: 'call-1', name: 'get_signal', arguments: { symbol: 'AAPL' } };
    const appended = await repo.append(id, [
      { role: 'tool', content: '{"action":"BUY"}', toolCalls: [call] },
      { role: 'assistant', content: 'AAPL is a BUY because', toolCalls: [call], citations: [citation], incomplete: true },
    ]);
    expect(appended?.map((row) => row.position)).toEqual([2, 3]);
    const stored = await repo.messages(id);
    expect(stored.map((row) => [row.position, row.role, row.content, row.incomplete])).toEqual([
      [1, 'user', 'why is AAPL a buy?', false],
      [2, 'tool', '{"action":"BUY"}', false],
      [3, 'assistant', 'AAPL is a BUY because', true],
    ]);
    expect(stored[0]).toMatchObject({ toolCalls: null, citations: null });
    expect(stored[2]).toMatchObject({ toolCalls: [call], citations: [citation] });
    expect(await repo.messageCount(id)).toBe(3);

    await repo.nameIfUntitled(id, 'why is AAPL a buy?');
    await repo.nameIfUntitled(id, 'something else');
    expect((await repo.ownedBy(null, id))?.title).toBe('why is AAPL a buy?');

    expect(await repo.deleteOwned(null, id)).toBe(true);
    expect(await repo.messages(id)).toEqual([]);
    expect(await repo.append(id, [{ role: 'user', content: 'late' }])).toBeNull();
  });

  it('numbers the messages of one conversation without gaps or repeats when replies are appended at once', async () => {
    const repo = repository();
    const id = (await repo.createWithin(null, 't', 10))?.id ?? '';
    await Promise.all(Array.from({ length: 8 }, (_, k) => repo.append(id, [{ role: 'user', content: `q${k}` }, { role: 'assistant', content: `a${k}` }])));
    const stored = await repo.messages(id);
    expect(stored.map((row) => row.position)).toEqual(Array.from({ length: 16 }, (_, k) => k + 1));
    // Each append's two messages stay next to each other.
    for (let k = 0; k < 16; k += 2) expect(stored[k + 1].content).toBe(stored[k].content.replace('q', 'a'));
  });
});
