import type { ScanItemView, ScanSummary, ScanView } from './scan-view.js';

export const TEST_SCAN_ID = '6f1c2a9e-3b0d-4c55-9a51-0e2f5d7c8b10';

const PENDING: readonly ScanItemView[] = [
  { symbol: 'AAPL', status: 'pending', signalId: null, error: null },
  { symbol: 'MSFT', status: 'pending', signalId: null, error: null },
  { symbol: 'NOPE', status: 'pending', signalId: null, error: null },
];

/** A queued manual 1d scan of AAPL, MSFT and NOPE, with `changes` applied. */
export function testScan(changes: Partial<ScanView> = {}): ScanView {
  return {
    id: TEST_SCAN_ID,
    status: 'queued',
    timeframe: '1d',
    trigger: 'manual',
    total: 3,
    completed: 0,
    failed: 0,
    progress: 0,
    error: null,
    createdAt: '2026-05-04T15:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    items: PENDING,
    ...changes,
  };
}

/** The same scan one symbol in: AAPL signalled. */
export const TEST_RUNNING_SCAN = testScan({
  status: 'running',
  completed: 1,
  progress: 1 / 3,
  startedAt: '2026-05-04T15:00:01.000Z',
  items: [{ symbol: 'AAPL', status: 'done', signalId: 'signal-aapl', error: null }, PENDING[1], PENDING[2]],
});

/** The same scan finished: AAPL and MSFT signalled, NOPE failed. */
export const TEST_DONE_SCAN = testScan({
  status: 'done',
  completed: 2,
  failed: 1,
  progress: 1,
  startedAt: '2026-05-04T15:00:01.000Z',
  finishedAt: '2026-05-04T15:00:04.000Z',
  items: [
    { symbol: 'AAPL', status: 'done', signalId: 'signal-aapl', error: null },
    { symbol: 'MSFT', status: 'done', signalId: 'signal-msft', error: null },
    { symbol: 'NOPE', status: 'failed', signalId: null, error: 'no bars for NOPE: every provider failed' },
  ],
});

/** Three recent scans, newest first: the running one, a scheduled 1h one that is done, and one that could not run. */
export const TEST_SUMMARIES: readonly ScanSummary[] = [
  (({ items: _items, ...summary }) => summary)(TEST_RUNNING_SCAN),
  {
    id: 'b2d4e6f8-0a1c-4e3f-8b5d-7c9e1f2a3b4c', status: 'done', timeframe: '1h', trigger: 'schedule', total: 40, completed: 40, failed: 0, progress: 1, error: null,
    createdAt: '2026-05-04T14:00:00.000Z', startedAt: '2026-05-04T14:00:01.000Z', finishedAt: '2026-05-04T14:00:30.000Z',
  },
  {
    id: 'c3e5f7a9-1b2d-4f40-9c6e-8d0f2a3b4c5d', status: 'failed', timeframe: '1d', trigger: 'manual', total: 2, completed: 0, failed: 0, progress: 0,
    error: 'the scan could not be queued (the job queue is unreachable); try again', createdAt: '2026-05-04T13:00:00.000Z', startedAt: null, finishedAt: null,
  },
];
