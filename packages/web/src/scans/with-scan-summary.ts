import type { ScanSummary, ScanView } from './scan-view.js';

/** The recent-scans list with `scan`'s entry brought up to date, so the table moves with the polled scan. */
export function withScanSummary(list: { readonly items: readonly ScanSummary[] }, scan: ScanView): { items: ScanSummary[] } {
  const { items: _items, ...summary } = scan;
  return { items: list.items.map((entry) => (entry.id === scan.id ? summary : entry)) };
}
