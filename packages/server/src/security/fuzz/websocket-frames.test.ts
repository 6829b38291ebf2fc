import { describe, expect, it } from 'vitest';
import { websocketFrames } from './websocket-frames.js';

describe('websocketFrames', () => {
  const frames = websocketFrames(300, 42);

  it('always includes the limit-testing frames: 10,000 channels, 1 MB, not UTF-8, binary, a flood', () => {
    const tenThousand = frames.find((frame) => frame.kind === 'many-channels' && typeof frame.data === 'string' && (JSON.parse(frame.data) as { channels: unknown[] }).channels.length === 10_000);
    expect(tenThousand).toBeDefined();
    expect(frames.some((frame) => frame.kind === 'huge-text' && frame.data.length > 1024 * 1024)).toBe(true);
    expect(frames.some((frame) => frame.kind === 'invalid-utf8' && !frame.binary && Buffer.isBuffer(frame.data))).toBe(true);
    expect(frames.some((frame) => frame.binary)).toBe(true);
    expect(frames.some((frame) => frame.repeat === 200)).toBe(true);
  });

  it('adds the asked number of random frames of every kind, the same for the same seed', () => {
    expect(frames).toHaveLength(13 + 300);
    const kinds = new Set(frames.slice(13).map((frame) => frame.kind));
    expect([...kinds].sort()).toEqual(['auth', 'binary', 'deep-json', 'hostile-channels', 'hostile-fields', 'invalid-json', 'unknown-type', 'valid']);
    expect(websocketFrames(300, 42)).toEqual(frames);
  });
});
