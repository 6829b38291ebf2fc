import { parentPort, workerData } from 'node:worker_threads';
import { scanSymbol } from './scan-symbol.js';
import type { ScanSettings, ScanTask } from './scan-task.js';

// Worker entry: receives batches of tasks, answers with their outcomes in the same order.
const settings = workerData as ScanSettings;
parentPort?.on('message', (tasks: ScanTask[]) => {
  parentPort?.postMessage(tasks.map((task) => scanSymbol(task, settings)));
});
