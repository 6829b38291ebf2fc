import { describe, expect, it } from 'vitest';
import { SignalReceipts } from './signal-receipts.js';

describe('SignalReceipts', () => {
  it('keeps every receipt time of a signal over all clients', () => {
    const receipts = new SignalReceipts();
    const first = receipts.newClient();
    const second = receipts.newClient();
    receipts.record(first, 'a', 10);
    receipts.record(second, 'a', 12);
    receipts.record(second, 'b', 13);
    expect(receipts.times('a')).toEqual([10, 12]);
    expect(receipts.count('b')).toBe(1);
    expect(receipts.count('never')).toBe(0);
    expect(receipts.duplicates).toBe(0);
  });

  it('counts a signal a client received twice as a duplicate, also past the first bitmap bytes and after forgetting', () => {
    const receipts = new SignalReceipts();
    const client = receipts.newClient();
    for (let i = 0; i < 5_000; i++) receipts.record(client, `s${i}`, i);
    receipts.record(client, 's4999', 1);
    receipts.forget('s0');
    receipts.record(client, 's0', 2);
    expect(receipts.duplicates).toBe(2);
    expect(receipts.times('s0')).toEqual([2]);
    expect(receipts.countOthers(new Set(['s0', 's1']))).toBe(4_999);
  });
});
