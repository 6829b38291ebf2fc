import { describe, expect, it } from 'vitest';
import type { AttemptEnd, NotificationDelivery } from '../storage/repositories/delivery-repository.js';
import { AttemptRecorder } from './attempt-recorder.js';

const AT = new Date('2026-03-02T10:00:00.000Z');

function delivery(id: string): NotificationDelivery {
  return { id, channelId: 'c', kind: 'webhook', eventType: 'alert.triggered', subject: id, payload: { id }, status: 'pending', attempts: 0, nextAttemptAt: AT, lastAttemptAt: null, error: null, latencyMs: null, createdAt: AT, deliveredAt: null, alertTriggerId: null };
}

/** A repository that records each statement's batch and answers each delivery as delivered (or fails when told). */
class RecordingDeliveries {
  readonly statements: string[][] = [];
  failNext = false;

  async recordAttempts(ends: readonly AttemptEnd[]): Promise<(NotificationDelivery | null)[]> {
    this.statements.push(ends.map((end) => end.delivery.id));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database unavailable');
    }
    return ends.map((end) => (end.delivery.id === 'gone' ? null : { ...end.delivery, status: end.outcome.status, attempts: 1 }));
  }
}

describe('AttemptRecorder', () => {
  it('writes the ends of attempts made close together in one statement and gives each caller its own delivery', async () => {
    const deliveries = new RecordingDeliveries();
    const recorder = new AttemptRecorder(deliveries);
    const outcome = { status: 'delivered', at: AT, latencyMs: 3 } as const;
    const results = await Promise.all(['a', 'gone', 'b'].map((id) => recorder.record(delivery(id), outcome)));
    expect(deliveries.statements).toEqual([['a', 'gone', 'b']]);
    expect(results.map((row) => row?.id ?? null)).toEqual(['a', null, 'b']);
    expect(results[0]).toMatchObject({ status: 'delivered', attempts: 1, payload: { id: 'a' } });
  });

  it('splits a large burst into statements of at most 200', async () => {
    const deliveries = new RecordingDeliveries();
    const recorder = new AttemptRecorder(deliveries);
    const ids = Array.from({ length: 450 }, (_, i) => `d${i}`);
    const results = await Promise.all(ids.map((id) => recorder.record(delivery(id), { status: 'dead', at: AT, latencyMs: null, error: 'HTTP 410', nextAttemptAt: null })));
    expect(deliveries.statements.map((batch) => batch.length)).toEqual([200, 200, 50]);
    expect(results.map((row) => row?.id)).toEqual(ids);
  });

  it('rejects the calls of a batch whose write failed, and writes later ones', async () => {
    const deliveries = new RecordingDeliveries();
    const recorder = new AttemptRecorder(deliveries);
    const outcome = { status: 'delivered', at: AT, latencyMs: 3 } as const;
    deliveries.failNext = true;
    await expect(recorder.record(delivery('a'), outcome)).rejects.toThrow('database unavailable');
    await expect(recorder.record(delivery('b'), outcome)).resolves.toMatchObject({ id: 'b', status: 'delivered' });
    expect(deliveries.statements).toEqual([['a'], ['b']]);
  });
});
