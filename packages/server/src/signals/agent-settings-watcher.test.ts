import { expect, it, vi } from 'vitest';
import { AgentSettingsRepository } from '../storage/repositories/agent-settings-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { AgentSettingsWatcher, agentSettingsFingerprint } from './agent-settings-watcher.js';
import { engineFromSettings } from './engine-from-settings.js';
import { MarketClock, processService } from './learning-cluster.test-support.js';
import type { SignalService } from './signal-service.js';

describeStorage('AgentSettingsWatcher', (context) => {
  async function node(intervalMs = 60_000): Promise<{ service: SignalService; watcher: AgentSettingsWatcher; changes: number[] }> {
    const service = await processService(context.database, new MarketClock());
    const changes: number[] = [];
    const watcher = new AgentSettingsWatcher({
      database: context.database,
      signals: service,
      engineFor: (settings, tracker) => engineFromSettings(settings, tracker),
      intervalMs,
      onChange: (settings) => changes.push(settings.length),
    });
    watcher.start(await new AgentSettingsRepository(context.database.db).list());
    return { service, watcher, changes };
  }

  const agentIds = (service: SignalService) => service.engine.agents.map((agent) => agent.id);

  it('switches every process to an engine for the new settings, keeping its tracker, once per change', async () => {
    const [a, b] = [await node(), await node()];
    const trackers = [a.service.engine.tracker, b.service.engine.tracker];
    expect(await a.watcher.check()).toBe(false);
    await new AgentSettingsRepository(context.database.db).set('rsi', { enabled: false });
    expect(await Promise.all([a.watcher.check(), b.watcher.check()])).toEqual([true, true]);
    for (const { service } of [a, b]) {
      expect(agentIds(service)).not.toContain('rsi');
      expect(agentIds(service)).toContain('macd');
    }
    expect(a.service.engine.tracker).toBe(trackers[0]);
    expect(b.service.engine.tracker).toBe(trackers[1]);
    expect(await b.watcher.check()).toBe(false);

    await new AgentSettingsRepository(context.database.db).set('rsi', { enabled: true, config: { period: 21 } });
    expect(await b.watcher.check()).toBe(true);
    expect(b.service.engine.agents.find((agent) => agent.id === 'rsi')?.config).toMatchObject({ period: 21 });
    expect(b.changes).toEqual([1, 1]);
    a.watcher.stop();
    b.watcher.stop();
  });

  it('notices a change by itself within its interval', async () => {
    const { service, watcher } = await node(50);
    await new AgentSettingsRepository(context.database.db).set('macd', { enabled: false });
    await vi.waitFor(() => expect(agentIds(service)).not.toContain('macd'), { timeout: 5_000, interval: 20 });
    watcher.stop();
  });

  it('ignores who changed a setting and when, and the order of config keys', () => {
    const setting = { agent: 'rsi', enabled: true, config: { period: 21, oversold: 25 }, updatedAt: new Date(0), updatedBy: null };
    const same = { ...setting, config: { oversold: 25, period: 21 }, updatedAt: new Date(1) };
    expect(agentSettingsFingerprint([setting])).toBe(agentSettingsFingerprint([same]));
    expect(agentSettingsFingerprint([setting])).not.toBe(agentSettingsFingerprint([{ ...setting, enabled: false }]));
  });
});
