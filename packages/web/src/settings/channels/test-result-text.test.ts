import { describe, expect, it } from 'vitest';
import type { DeliveryView } from './delivery-view.js';
import { testResultText } from './test-result-text.js';

const DELIVERED: DeliveryView = {
  id: 'v1', channelId: 'c1', kind: 'webhook', subject: 'Test message', status: 'delivered', attempts: 1, error: null, latencyMs: 182.4, createdAt: '2026-05-04T15:00:00.000Z', deliveredAt: '2026-05-04T15:00:00.182Z',
};

describe('testResultText', () => {
  it('says how long a delivery took, or why it failed', () => {
    expect(testResultText(DELIVERED)).toBe('Delivered in 182 ms');
    expect(testResultText({ ...DELIVERED, latencyMs: null })).toBe('Delivered');
    expect(testResultText({ ...DELIVERED, status: 'failed', error: 'the receiver answered 500', deliveredAt: null })).toBe('Failed: the receiver answered 500');
    expect(testResultText({ ...DELIVERED, status: 'dead', error: null })).toBe('Failed: no reason given');
    expect(testResultText({ ...DELIVERED, status: 'pending' })).toBe('Queued: not delivered yet');
  });
});
