import type { Heatmap } from '@goldensignals/engine';

/** The heatmap as a text grid: one row per y value, one column per x value; "." where there is no value. */
export function formatHeatmap(heatmap: Heatmap, decimals = 2): string {
  const cells = heatmap.values.map((row) => row.map((value) => (value === null ? '.' : value.toFixed(decimals))));
  const width = Math.max(...heatmap.xs.map((x) => String(x).length), ...cells.flat().map((cell) => cell.length)) + 2;
  const corner = `${heatmap.y}\\${heatmap.x}`;
  const label = Math.max(corner.length, ...heatmap.ys.map((y) => String(y).length));
  const header = `${corner.padEnd(label)}${heatmap.xs.map((x) => String(x).padStart(width)).join('')}`;
  const rows = heatmap.ys.map((y, j) => `${String(y).padEnd(label)}${cells[j].map((cell) => cell.padStart(width)).join('')}`);
  return [header, ...rows].join('\n');
}
