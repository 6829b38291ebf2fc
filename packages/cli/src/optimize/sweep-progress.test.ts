import { describe, expect, it } from 'vitest';
import { sweepProgress } from './sweep-progress.js';

describe('sweepProgress', () => {
  it('draws a bar on a terminal and clears it when finished', () => {
    const written: string[] = [];
    const progress = sweepProgress('optimize', { isTTY: true, columns: 80, write: (text: string) => written.push(text) });
    for (let done = 1; done <= 63; done++) progress.onProgress(done, 63);
    progress.finish();
    expect(written.at(-2)).toMatch(/^\roptimize \[#+\] 63\/63 100% eta 0s$/);
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const progress = sweepProgress('optimize', { isTTY: false, write: (text: string) => written.push(text) });
    progress.onProgress(1, 2);
    progress.onProgress(2, 2);
    progress.finish();
    expect(written).toEqual([]);
  });
});
