import { describe, expect, it } from 'vitest';
import { EventFanOut, type FanOutTarget } from './event-fan-out.js';
import { SubscriptionIndex } from './subscription-index.js';

class RecordingTarget implements FanOutTarget {
  deliveryStamp = 0;
  readonly frames: Buffer[] = [];
  send(frame: Buffer): boolean {
    this.frames.push(frame);
    return true;
  }
}

function setUp(): { index: SubscriptionIndex<RecordingTarget>; errors: unknown[]; fanOut: EventFanOut<RecordingTarget> } {
  const index = new SubscriptionIndex<RecordingTarget>();
  const errors: unknown[] = [];
  return { index, errors, fanOut: new EventFanOut(index, (error) => errors.push(error)) };
}

describe('EventFanOut', () => {
  it('builds one frame per channel and hands the same bytes to every subscriber of it', () => {
    const { index, fanOut } = setUp();
    const targets = Array.from({ length: 3 }, () => new RecordingTarget());
    for (const target of targets) index.add('signals', 'signals', target);
    expect(fanOut.deliver({ type: 'signal', channels: ['signals', 'signals:AAPL'], data: { symbol: 'AAPL' } })).toBe(3);
    expect(targets[0].frames[0]).toBe(targets[2].frames[0]);
    expect(JSON.parse(targets[1].frames[0].toString())).toEqual({ type: 'signal', channel: 'signals', data: { symbol: 'AAPL' } });
  });

  it('sends an event once to a client holding several of its channels, on the most specific, whatever the event lists first', () => {
    const { index, fanOut } = setUp();
    const both = new RecordingTarget();
    index.add('signals', 'signals', both);
    index.add('signals:AAPL', 'symbolSignals', both);
    fanOut.deliver({ type: 'signal', channels: ['signals', 'signals:AAPL'], data: 1 });
    fanOut.deliver({ type: 'signal', channels: ['signals:AAPL', 'signals'], data: 2 });
    expect(both.frames.map((frame) => JSON.parse(frame.toString()))).toEqual([
      { type: 'signal', channel: 'signals:AAPL', data: 1 },
      { type: 'signal', channel: 'signals:AAPL', data: 2 },
    ]);
  });

  it('reports data that cannot be serialised and sends nothing', () => {
    const { index, errors, fanOut } = setUp();
    const target = new RecordingTarget();
    index.add('quotes:AAPL', 'quotes', target);
    expect(fanOut.deliver({ type: 'quote', channels: ['quotes:AAPL'], data: { volume: 10n } })).toBe(0);
    expect(fanOut.deliver({ type: 'quote', channels: ['quotes:AAPL'], data: () => 1 })).toBe(0);
    expect(target.frames).toEqual([]);
    expect(errors).toHaveLength(2);
    expect(String(errors[1])).toContain('quote event data is not JSON (function)');
  });

  it('skips channels nobody holds without serialising the data', () => {
    const { fanOut, errors } = setUp();
    expect(fanOut.deliver({ type: 'quote', channels: ['quotes:AAPL'], data: { volume: 10n } })).toBe(0);
    expect(errors).toEqual([]);
  });
});
