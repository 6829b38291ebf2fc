/** TanStack Query keys of one portfolio's auto-follow: its settings and its recent decisions. */
export const AUTO_FOLLOW_QUERY_KEYS = {
  settings: (portfolioId: string) => ['auto-follow', portfolioId, 'settings'] as const,
  decisions: (portfolioId: string) => ['auto-follow', portfolioId, 'decisions'] as const,
};
