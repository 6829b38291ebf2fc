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
});
