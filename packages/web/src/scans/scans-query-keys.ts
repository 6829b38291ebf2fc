/** TanStack Query keys of the scans: the recent list and one scan with its items. */
export const SCANS_QUERY_KEYS = {
  recent: ['scans', 'recent'] as const,
  scan: (scanId: string) => ['scans', 'scan', scanId] as const,
};
