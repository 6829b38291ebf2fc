/** TanStack Query keys of the Alerts page; everything sits under `all`, so a live alert refreshes it at once. */
export const ALERTS_QUERY_KEYS = {
  all: ['alerts'] as const,
  list: ['alerts', 'list'] as const,
  triggers: (alertId: string) => ['alerts', 'triggers', alertId] as const,
  deadLetters: ['alerts', 'dead-letters'] as const,
};
