import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentRegistry, randomWalkBars, SignalEngine, type ModelHeader } from '@goldensignals/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import { constantModelFile } from './constant-model-file.test-support.js';
import { loadMlAgents, type MlModels } from './load-ml-agents.js';
import { ModelReloader } from './model-reloader.js';
import { modelsEvent } from './models-event.js';
import { writeModelFiles } from './write-model-files.js';

const FIRST = constantModelFile(-1, new Date(Date.UTC(2024, 0, 1)));
const SECOND = constantModelFile(2, new Date(Date.UTC(2024, 1, 1)));
const bars = randomWalkBars({ length: 80, seed: 4, timeframe: '1d', startTime: Date.UTC(2024, 2, 1), symbol: 'AAPL' });

/** What the logistic-regression agent of an engine over `models` says on the last bar. */
function mlVote(models: MlModels): { action: string | undefined; probabilityUp: number | undefined } {
  const engine = new SignalEngine({ registry: new AgentRegistry(models.agents), agents: ['ml-logistic-regression'], learn: false });
  engine.replay(bars.slice(0, bars.length - 1), { learn: false });
  const [result] = engine.updateWithDetails('AAPL', '1d', bars.bar(bars.length - 1)).results;
  return { action: result.vote?.action, probabilityUp: result.vote?.indicators.probabilityUp };
}

/** A promise of the next models a reloader reports, and the `onReloaded` that keeps it. */
function reloads(): { next: () => Promise<readonly ModelHeader[]>; onReloaded: (models: readonly ModelHeader[]) => void } {
  let waiting: ((models: readonly ModelHeader[]) => void) | undefined;
  return {
    next: () => new Promise((resolve) => (waiting = resolve)),
    onReloaded: (models) => waiting?.(models),
  };
}

describe('ModelReloader', () => {
  const folders: string[] = [];
  const stoppers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stoppers.splice(0)) await stop();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  function folderWith(...files: Parameters<typeof writeModelFiles>[1]): Promise<string> {
    const folder = mkdtempSync(join(tmpdir(), 'gs-ml-reload-'));
    folders.push(folder);
    return writeModelFiles(folder, files).then(() => folder);
  }
  function started(reloader: ModelReloader): ModelReloader {
    reloader.start();
    stoppers.push(() => reloader.stop());
    return reloader;
  }

  it('makes every process sharing the folder and the bus use the models a retrainer wrote, on its models event', async () => {
    const folder = await folderWith(FIRST);
    const bus = new InProcessMessageBus();
    // Two processes (an API node and a worker), each with its engine and model store over the same folder.
    const node = await loadMlAgents(folder);
    const worker = await loadMlAgents(folder);
    if (node === null || worker === null) throw new Error('a folder was given');
    expect(mlVote(worker)).toMatchObject({ action: 'SELL' });
    const workerReloads = reloads();
    const nodeReloads = reloads();
    // Hour-long periods: only the event can make them reload within this test.
    started(new ModelReloader({ folder, store: node.store, loadedState: node.loadedState, bus, checkEveryMs: 3_600_000, onReloaded: nodeReloads.onReloaded }));
    started(new ModelReloader({ folder, store: worker.store, loadedState: worker.loadedState, bus, checkEveryMs: 3_600_000, onReloaded: workerReloads.onReloaded }));

    const reloaded = Promise.all([nodeReloads.next(), workerReloads.next()]);
    await writeModelFiles(folder, [SECOND]);
    await bus.publish(modelsEvent([SECOND]));
    const [nodeModels, workerModels] = await reloaded;
    expect(nodeModels.map((header) => header.version)).toEqual([SECOND.version]);
    expect(workerModels.map((header) => header.version)).toEqual([SECOND.version]);
    expect(worker.store.get('logistic-regression', 'AAPL', '1d')?.header.version).toBe(SECOND.version);
    const vote = mlVote(worker);
    expect(vote.action).toBe('BUY');
    expect(vote.probabilityUp).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(mlVote(node).action).toBe('BUY');
  });

  it('finds new files by its periodic check when no event came', async () => {
    const folder = await folderWith(FIRST);
    const worker = await loadMlAgents(folder);
    if (worker === null) throw new Error('a folder was given');
    const workerReloads = reloads();
    const reloaded = workerReloads.next();
    started(new ModelReloader({ folder, store: worker.store, loadedState: worker.loadedState, checkEveryMs: 20, onReloaded: workerReloads.onReloaded }));
    await writeModelFiles(folder, [SECOND]);
    expect((await reloaded).map((header) => header.version)).toEqual([SECOND.version]);
    expect(mlVote(worker).action).toBe('BUY');
  });

  it('keeps the models it has when a file is bad, reports it once, and never reads a file still being written', async () => {
    const folder = await folderWith(FIRST);
    const worker = await loadMlAgents(folder);
    if (worker === null) throw new Error('a folder was given');
    const errors: string[] = [];
    const reloader = new ModelReloader({ folder, store: worker.store, loadedState: worker.loadedState, onError: (error) => errors.push(error instanceof Error ? error.message : String(error)) });
    // A newer model cut off mid-write under its final name (not how writeModelFiles writes), and one under a temporary name.
    const text = JSON.stringify(SECOND);
    writeFileSync(join(folder, 'logistic-regression.all.1d.h5.broken.json'), text.slice(0, text.length / 2));
    writeFileSync(join(folder, `.logistic-regression.all.1d.h5.${SECOND.version}.json.123.tmp`), text.slice(0, 100));
    expect(await reloader.check()).toEqual({ loaded: [], failed: ['logistic-regression.all.1d.h5.broken.json'] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^model file .*logistic-regression\.all\.1d\.h5\.broken\.json not loaded; the models loaded before stay in use: .*not JSON/);
    expect(worker.store.get('logistic-regression', 'AAPL', '1d')?.header.version).toBe(FIRST.version);
    expect(mlVote(worker).action).toBe('SELL');
    // Unchanged, the bad file is not read again; the good file, once there, is.
    await writeModelFiles(folder, [SECOND]);
    expect((await reloader.check()).loaded.map((header) => header.version)).toEqual([SECOND.version]);
    expect(errors).toHaveLength(1);
  });

  it('writes model files whole: no temporary file is left, and each check reads only new or changed files', async () => {
    const folder = await folderWith(FIRST, SECOND);
    expect(readdirSync(folder).sort()).toEqual([`logistic-regression.all.1d.h5.${FIRST.version}.json`, `logistic-regression.all.1d.h5.${SECOND.version}.json`].sort());
    const worker = await loadMlAgents(folder);
    if (worker === null) throw new Error('a folder was given');
    const fresh = new ModelReloader({ folder, store: worker.store });
    // Without the loaded state every file is new once; the store keeps the later training.
    expect((await fresh.check()).failed).toEqual([]);
    expect(worker.store.get('logistic-regression', 'MSFT', '1d')?.header.version).toBe(SECOND.version);
    expect(await fresh.check()).toEqual({ loaded: [], failed: [] });
  });
});
