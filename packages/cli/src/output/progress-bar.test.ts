import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress-bar.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (text: string) => writes.push(text) };
}

describe('ProgressBar', () => {
  it('draws the count and percentage on a terminal', () => {
    const out = stream(true);
    const bar = new ProgressBar(4, 'scan', out);
    bar.tick(4);
    expect(out.writes.at(-1)).toMatch(/scan \[#+\] 4\/4 100%/);
    bar.finish();
    expect(out.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const out = stream(false);
    const bar = new ProgressBar(4, 'scan', out);
    bar.tick(4);
    bar.finish();
    expect(out.writes).toEqual([]);
  });
});
