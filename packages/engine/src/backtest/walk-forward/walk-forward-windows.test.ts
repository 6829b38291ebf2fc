import { describe, expect, it } from 'vitest';
import { walkForwardWindows } from './walk-forward-windows.js';

describe('walkForwardWindows', () => {
  it('rolls a fixed-length train window, each test window right after its train window', () => {
    expect(walkForwardWindows(1000, { train: 500, test: 100 })).toEqual([
      { index: 0, trainStart: 0, trainEnd: 500, testStart: 500, testEnd: 600 },
      { index: 1, trainStart: 100, trainEnd: 600, testStart: 600, testEnd: 700 },
      { index: 2, trainStart: 200, trainEnd: 700, testStart: 700, testEnd: 800 },
      { index: 3, trainStart: 300, trainEnd: 800, testStart: 800, testEnd: 900 },
      { index: 4, trainStart: 400, trainEnd: 900, testStart: 900, testEnd: 1000 },
    ]);
  });

  it('anchors every train window at bar 0 and grows it', () => {
    const windows = walkForwardWindows(1000, { train: 500, test: 100, anchored: true });
    expect(windows.map((w) => [w.trainStart, w.trainEnd])).toEqual([
      [0, 500],
      [0, 600],
      [0, 700],
      [0, 800],
      [0, 900],
    ]);
  });

  it('makes whole test windows only, steps by --step, and never lets a test bar into training', () => {
    const windows = walkForwardWindows(2148, { train: 500, test: 100, step: 150 });
    expect(windows).toHaveLength(11);
    expect(windows.at(-1)).toEqual({ index: 10, trainStart: 1500, trainEnd: 2000, testStart: 2000, testEnd: 2100 });
    for (const w of windows) {
      expect(w.trainEnd).toBeLessThanOrEqual(w.testStart);
      expect(w.testEnd - w.testStart).toBe(100);
      expect(w.trainEnd - w.trainStart).toBe(500);
    }
    for (let k = 1; k < windows.length; k++) expect(windows[k].testStart).toBeGreaterThanOrEqual(windows[k - 1].testEnd);
  });

  it('fits exactly one window when the series is train + test long', () => {
    expect(walkForwardWindows(600, { train: 500, test: 100 })).toHaveLength(1);
  });

  it('says how many bars one window needs when the series is too short, and checks the sizes', () => {
    expect(() => walkForwardWindows(599, { train: 500, test: 100 })).toThrow('the series has 599 bars; one walk-forward window needs train + test = 500 + 100 = 600 bars');
    expect(() => walkForwardWindows(1000, { train: 0, test: 100 })).toThrow('train must be an integer >= 2 bars, got 0');
    expect(() => walkForwardWindows(1000, { train: 500, test: 10.5 })).toThrow('test must be an integer >= 2 bars, got 10.5');
    expect(() => walkForwardWindows(1000, { train: 500, test: 100, step: 50 })).toThrow('step must be an integer >= 100 bars, got 50');
  });
});
