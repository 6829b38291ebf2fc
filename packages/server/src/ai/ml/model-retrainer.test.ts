import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANY_SYMBOL, BarSeries, InMemoryModelStore } from '@goldensignals/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import type { BusEvent } from '../../bus/message-bus.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { loadMlAgents } from './load-ml-agents.js';
import { ModelRetrainer } from './model-retrainer.js';

const NOW = Date.UTC(2024, 2, 15, 18);

describe('ModelRetrainer', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gs-ml-retrain-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('trains walk-forward on the followed symbols, writes versioned files with their metrics, hands the models to the running agents and announces them', { timeout: 120_000 }, async () => {
    const simulator = new MarketSimulator({ seed: 3, now: () => NOW });
    const store = new InMemoryModelStore();
    const bus = new InProcessMessageBus();
    const events: BusEvent[] = [];
    bus.subscribe((event) => void events.push(event));
    const retrainer = new ModelRetrainer({
      folder,
      store,
      symbols: () => Promise.resolve(['AAPL', 'MSFT', 'SPY']),
      bars: async (symbol, from, to) => BarSeries.fromBars({ symbol, timeframe: '1d' }, await simulator.bars({ symbol, timeframe: '1d', from, to })),
      intervalMs: 3_600_000,
      historyYears: 3,
      bus,
      now: () => NOW,
    });
    const files = await retrainer.runOnce();
    // Once written, the files are announced for the other processes to reload.
    expect(events.map((event) => [event.type, event.channels])).toEqual([['models', ['signals']]]);
    expect(events[0].data).toEqual({ models: files.map((file) => ({ kind: file.kind, symbol: '*', timeframe: '1d', version: file.version })) });

    expect(files.map((file) => file.kind)).toEqual(['logistic-regression', 'gradient-boosted-trees', 'ensemble']);
    expect(readdirSync(folder).filter((name) => name.endsWith('.json'))).toHaveLength(3);
    for (const file of files) {
      expect(file.symbol).toBe(ANY_SYMBOL);
      expect(file.metrics.accuracy).toBeGreaterThan(0);
      expect(store.get(file.kind, 'AAPL', '1d')?.header.version).toBe(file.version);
    }
    // A server started on the folder loads what was written.
    const loaded = await loadMlAgents(folder);
    expect(loaded?.store.list().map((model) => model.header.version).sort()).toEqual(files.map((file) => file.version).sort());
  });

  it('lets a server start on a models folder that does not exist yet when a retrainer will fill it, its agents abstaining meanwhile', async () => {
    const models = await loadMlAgents(join(folder, 'not-yet'), { allowEmpty: true });
    expect(models?.store.list()).toEqual([]);
    expect(models?.agents.map((agent) => agent.id)).toEqual(['ml-logistic-regression', 'ml-gradient-boosted-trees', 'ml-lstm', 'ml-ensemble']);
    await expect(loadMlAgents(join(folder, 'not-yet'))).rejects.toThrow('cannot read the models folder');
  });
});
