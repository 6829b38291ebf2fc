/** TanStack Query keys of the notification channels: the list, and each channel's recent deliveries under it. */
export const CHANNELS_QUERY_KEYS = {
  all: ['channels'] as const,
  list: ['channels', 'list'] as const,
  deliveries: (channelId: string) => ['channels', 'deliveries', channelId] as const,
};
