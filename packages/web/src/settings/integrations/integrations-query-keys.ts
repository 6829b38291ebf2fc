/** TanStack Query keys of Settings → Integrations. */
export const INTEGRATIONS_QUERY_KEYS = {
  telegramLink: ['telegram', 'link'] as const,
  tradingViewHooks: ['tradingview', 'hooks'] as const,
};
