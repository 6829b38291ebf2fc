import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AgentSettingsRepository } from './agent-settings-repository.js';

describeStorage('AgentSettingsRepository', (context) => {
  it('keeps an agent disabled with its config until changed', async () => {
    const repo = new AgentSettingsRepository(context.database.db);
    expect(await repo.get('rsi')).toBeNull();
    expect(await repo.set('rsi', { enabled: false })).toMatchObject({ agent: 'rsi', enabled: false, config: {} });
    expect(await repo.set('rsi', { config: { period: 21 } })).toMatchObject({ enabled: false, config: { period: 21 } });
    await repo.set('macd', { enabled: true });
    expect((await repo.list()).map((s) => [s.agent, s.enabled])).toEqual([
      ['macd', true],
      ['rsi', false],
    ]);
  });

  it('hands a change the stored row (none for a new agent) and stores nothing when the change throws', async () => {
    const repo = new AgentSettingsRepository(context.database.db);
    const seen: (object | null)[] = [];
    await expect(
      repo.change('rsi', (current) => {
        seen.push(current);
        throw new Error('config refused');
      }),
    ).rejects.toThrow('config refused');
    expect(await repo.get('rsi')).toBeNull();
    await repo.change('rsi', (current) => {
      seen.push(current);
      return { enabled: false, config: { period: 21 } };
    });
    await repo.change('rsi', (current) => {
      seen.push(current);
      return { config: { ...current?.config, oversold: 25 } };
    });
    expect(seen.map((row) => (row === null ? null : { ...row }))).toEqual([null, null, expect.objectContaining({ agent: 'rsi', enabled: false, config: { period: 21 } })]);
    expect(await repo.get('rsi')).toMatchObject({ enabled: false, config: { period: 21, oversold: 25 } });
  });

  it('applies concurrent changes of one agent one after the other, so none is lost', async () => {
    const repo = new AgentSettingsRepository(context.database.db);
    const fields = ['period', 'oversold', 'overbought', 'extra'];
    await Promise.all(fields.map((field, i) => repo.change('rsi', (current) => ({ config: { ...current?.config, [field]: i } }))));
    expect((await repo.get('rsi'))?.config).toEqual({ period: 0, oversold: 1, overbought: 2, extra: 3 });
  });
});
