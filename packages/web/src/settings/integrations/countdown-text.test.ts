import { describe, expect, it } from 'vitest';
import { countdownText } from './countdown-text.js';

const NOW = Date.parse('2026-05-04T15:00:00.000Z');

describe('countdownText', () => {
  it('shows minutes and seconds left, a started second counting as whole', () => {
    expect(countdownText('2026-05-04T15:10:00.000Z', NOW)).toBe('10:00');
    expect(countdownText('2026-05-04T15:09:58.000Z', NOW)).toBe('9:58');
    expect(countdownText('2026-05-04T15:00:04.200Z', NOW)).toBe('0:05');
  });

  it('has nothing to show once the time has passed or for an unreadable time', () => {
    expect(countdownText('2026-05-04T15:00:00.000Z', NOW)).toBeNull();
    expect(countdownText('2026-05-04T14:59:00.000Z', NOW)).toBeNull();
    expect(countdownText('soon', NOW)).toBeNull();
  });
});
