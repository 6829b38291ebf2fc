import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { constantModelFile } from '../ai/ml/constant-model-file.test-support.js';
import { modelsEvent } from '../ai/ml/models-event.js';
import { writeModelFiles } from '../ai/ml/write-model-files.js';
import { InProcessMessageBus } from '../bus/in-process-message-bus.js';
import { waitFor } from '../jobs/backtest-runner.test-support.js';
import { describeQueues } from '../scale/queues/queue-test-context.test-support.js';
import { createWorker } from './create-worker.js';

const FIRST = constantModelFile(-1, new Date(Date.UTC(2024, 0, 1)));
const SECOND = constantModelFile(2, new Date(Date.UTC(2024, 1, 1)));

describeQueues('a worker and the ML models folder', (context) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('reloads the models a retrainer on another process wrote when their models event arrives', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gs-worker-models-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    await writeModelFiles(folder, [FIRST]);
    const lines: { msg?: string; models?: string[] }[] = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as { msg?: string; models?: string[] });
          done();
        },
      }),
    );
    const bus = new InProcessMessageBus();
    const worker = await createWorker(context.workerConfig({ ML_MODELS_DIR: folder }), { bus, databaseSchema: context.schema, keyPrefix: context.keyPrefix, schedule: false, resubmitUnfinished: false, logger });
    await worker.start();
    cleanups.push(() => bus.close(), () => worker.stop());

    await writeModelFiles(folder, [SECOND]);
    await bus.publish(modelsEvent([SECOND]));
    await waitFor(() => lines.some((line) => line.msg === 'ML models reloaded'), 'the worker to reload its models');
    expect(lines.find((line) => line.msg === 'ML models reloaded')?.models).toEqual([`logistic-regression * 1d ${SECOND.version}`]);
  });
});
