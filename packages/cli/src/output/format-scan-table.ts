import type { Signal } from '@goldensignals/engine';

function cell(text: string, width: number, right = false): string {
  if (text.length >= width) return text;
  const space = ' '.repeat(width - text.length);
  return right ? space + text : text + space;
}

function level(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

/** Ranked signals as a fixed-width table, one line per symbol. */
export function formatScanTable(signals: readonly Signal[]): string {
  const header = `${cell('#', 5, true)}  ${cell('symbol', 10)}${cell('action', 7)}${cell('conf', 6, true)}${cell('strength', 10, true)}${cell('price', 11, true)}${cell('stop', 11, true)}${cell('target', 11, true)}  ${cell('risk', 7)}${cell('size', 7, true)}`;
  const lines = signals.map(
    (s, i) =>
      `${cell(String(i + 1), 5, true)}  ${cell(s.symbol, 10)}${cell(s.action, 7)}${cell(s.confidence.toFixed(2), 6, true)}${cell(s.consensusStrength.toFixed(2), 10, true)}${cell(level(s.price), 11, true)}${cell(level(s.stopLoss), 11, true)}${cell(level(s.takeProfit), 11, true)}  ${cell(s.riskLevel, 7)}${cell(`${(s.positionSize * 100).toFixed(1)}%`, 7, true)}`,
  );
  return [header, ...lines].join('\n');
}
